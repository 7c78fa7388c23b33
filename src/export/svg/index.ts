// The picture export's public surface: `import { buildTreeSvg } from './svg'`.
export { buildTreeSvg, type NodeBadge, type TreeSvg, type TreeSvgOptions } from './build-tree-svg';
export { escapeXml, singleLineText, stripInvalidXml } from './escape-xml';
export { fitLine, wrapLines, type MeasureText } from './wrap-lines';
