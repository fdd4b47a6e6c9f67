// One list read a page at a time (the core's keyset pages, src-tauri/core/src/paging.rs).
// Holds the page shown, the total, and the cursors of the pages already passed, so that
// "Previous" goes back exactly and "Next" follows the core's cursor. Only one page is in
// memory: what the window holds does not grow with the history.
//
// Use: `const list = new PagedList((page) => pageMeetings(filter, page), 25)`, call
// `list.first()` on mount and whenever the filter changes; render `list.items` with
// `list.offset` for positions; give `list` to the Pager component for the controls.

import { errorMessage, type PageAsk } from './api';
import type { Page } from './bindings/Page';

export class PagedList<T> {
  items = $state<T[]>([]);
  total = $state(0);
  /** 0-based index of the page shown. */
  index = $state(0);
  loading = $state(false);
  error = $state<string | null>(null);
  /** At least one page was read. */
  loaded = $state(false);
  #next = $state<string | null>(null);
  /** The cursor each page starts after (null: the first page). */
  #starts: (string | null)[] = [null];
  #seq = 0;

  constructor(
    private readonly read: (page: PageAsk) => Promise<Page<T>>,
    readonly limit = 25,
  ) {}

  /** Position of the first row shown, 0-based. */
  get offset(): number {
    return this.index * this.limit;
  }
  get hasNext(): boolean {
    return this.#next !== null;
  }
  get hasPrevious(): boolean {
    return this.index > 0;
  }

  /** The first page (again): on mount, and when the filter changed. */
  first(): Promise<boolean> {
    this.#starts = [null];
    return this.#load(0);
  }

  next(): Promise<boolean> {
    if (this.#next === null) return Promise.resolve(false);
    this.#starts[this.index + 1] = this.#next;
    return this.#load(this.index + 1);
  }

  previous(): Promise<boolean> {
    if (this.index === 0) return Promise.resolve(false);
    return this.#load(this.index - 1);
  }

  /** The page shown, read again (after a change to one of its rows). */
  reload(): Promise<boolean> {
    return this.#load(this.index);
  }

  /** Reads page `index`; true when it was shown (false: failed, or overtaken by a later read). */
  async #load(index: number): Promise<boolean> {
    const seq = ++this.#seq;
    this.loading = true;
    try {
      const page = await this.read({ after: this.#starts[index] ?? null, limit: this.limit });
      if (seq !== this.#seq) return false;
      this.items = page.items;
      this.total = page.total;
      this.#next = page.next;
      this.index = index;
      this.error = null;
      this.loaded = true;
      return true;
    } catch (e) {
      if (seq !== this.#seq) return false;
      this.error = errorMessage(e);
      return false;
    } finally {
      if (seq === this.#seq) this.loading = false;
    }
  }
}
