// d3-flextree ships no types; this covers the part the layout uses.
declare module 'd3-flextree' {
  export interface FlexHierarchyNode<Datum> {
    data: Datum;
    x: number;
    y: number;
    depth: number;
    children?: FlexHierarchyNode<Datum>[];
    each(callback: (node: FlexHierarchyNode<Datum>) => void): this;
  }
  export interface FlextreeLayout<Datum> {
    (root: FlexHierarchyNode<Datum>): FlexHierarchyNode<Datum>;
    hierarchy(data: Datum, children?: (datum: Datum) => Datum[] | null | undefined): FlexHierarchyNode<Datum>;
  }
  export function flextree<Datum>(options?: {
    nodeSize?: (node: FlexHierarchyNode<Datum>) => [number, number];
    spacing?: number | ((a: FlexHierarchyNode<Datum>, b: FlexHierarchyNode<Datum>) => number);
    children?: (datum: Datum) => Datum[] | null | undefined;
  }): FlextreeLayout<Datum>;
}
