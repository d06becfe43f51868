// The part of Tabulator's API the benchmark uses (the package ships no types).
declare module 'tabulator-tables' {
  export interface ColumnDefinition {
    title: string;
    field: string;
    sorter?: 'number' | 'string';
    headerSortStartingDir?: 'asc' | 'desc';
  }
  export interface Options {
    data: readonly object[];
    columns: ColumnDefinition[];
    pagination?: boolean;
    paginationSize?: number;
    layout?: 'fitData' | 'fitColumns';
  }
  export class TabulatorFull {
    constructor(element: HTMLElement, options: Options);
    setFilter(field: string, type: 'like', value: string): void;
    clearFilter(): void;
    destroy(): void;
  }
}
