/** Problems found in an input file, each located by its path inside the file. */

export type IssuePath = readonly (string | number)[];

export interface Issue {
  path: IssuePath;
  message: string;
}

/** `companies[0].founded.year` */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  }
  return out || '(root)';
}

/** Collects issues while a file is checked, so all of them are reported at once. */
export class IssueList {
  readonly items: Issue[] = [];

  add(path: IssuePath, message: string): void {
    this.items.push({ path, message });
  }

  get empty(): boolean {
    return this.items.length === 0;
  }
}
