/** The library currently serving; replaced as a whole when the knowledge changes (never mutated). */
import type { Library } from './loadLibrary.js';

export interface LibraryHolder {
  current(): Library;
}

export function holdLibrary(initial: Library): LibraryHolder & { replace(next: Library): void } {
  let library = initial;
  return {
    current: () => library,
    replace: (next) => {
      library = next;
    },
  };
}
