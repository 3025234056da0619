/**
 * Ruling lines of a page, read from pdf.js's operator list as data (nothing is drawn or
 * run): the borders of table cells, which tell the segmenters where columns and rows are.
 * Part of the reader thread's code (reader-worker.ts), kept as plain JavaScript source
 * for the same reason.
 *
 * pdf.js 5 hands each path over as one `constructPath` operation, [paint op, [path data],
 * bounding box], the path data a flat list of DrawOPS (moveTo 0, lineTo 1, curveTo 2,
 * quadraticCurveTo 3, closePath 4) with coordinates before the current transformation
 * matrix, which is followed here through save / restore / transform and form XObjects.
 *
 * A rule is either a thin filled rectangle (Chromium and LibreOffice draw borders so) or an
 * axis-parallel stroked segment (reportlab's grid); it is at most MAX_THICKNESS thick and
 * longer than it is thick. Paths painted white, clipping paths and curves are not rules.
 * Each rule comes out in page coordinates with the origin top left: { x0, y0, x1, y1 }.
 */
export const RULES_WORKER_SOURCE = String.raw`
const MAX_THICKNESS = 3;
const MIN_LENGTH = 4;

function multiply(m, n) {
  return [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function isWhite(color) {
  return typeof color === 'string' && /^#f{6}$/i.test(color);
}

/** The rules of a page from its operator list; throws Stop when there are more than the limit. */
function pageRules(pdfjs, opList, viewport, number, limits) {
  const OPS = pdfjs.OPS;
  const FILLS = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const STROKES = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const rules = [];
  let state = { ctm: [1, 0, 0, 1, 0, 0], lineWidth: 1, fill: '#000000', stroke: '#000000' };
  const stack = [];
  const toPage = (x, y) => {
    const m = state.ctm;
    return viewport.convertToViewportPoint(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
  };
  const add = (x0, y0, x1, y1) => {
    const rule = { x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) };
    const thin = Math.min(rule.x1 - rule.x0, rule.y1 - rule.y0);
    const long = Math.max(rule.x1 - rule.x0, rule.y1 - rule.y0);
    if (!(thin <= MAX_THICKNESS && long >= MIN_LENGTH && long > thin)) return;
    if (![rule.x0, rule.y0, rule.x1, rule.y1].every(Number.isFinite)) return;
    rules.push(rule);
    if (rules.length > limits.maxRulesPerPage) throw new Stop('too-many-rules', number, String(rules.length));
  };
  const paths = (data) => {
    // Subpaths as lists of page points; a subpath with a curve is left out.
    const out = [];
    let current = null;
    for (let i = 0; i < data.length; ) {
      const op = data[i++];
      if (op === 0) {
        current = { points: [toPage(data[i], data[i + 1])], curved: false, closed: false };
        out.push(current);
        i += 2;
      } else if (op === 1) {
        if (current) current.points.push(toPage(data[i], data[i + 1]));
        i += 2;
      } else if (op === 2) {
        if (current) current.curved = true;
        i += 6;
      } else if (op === 3) {
        if (current) current.curved = true;
        i += 4;
      } else if (op === 4) {
        if (current) current.closed = true;
      } else break;
    }
    return out.filter((p) => !p.curved && p.points.length > 0);
  };
  const { fnArray, argsArray } = opList;
  for (let k = 0; k < fnArray.length; k++) {
    const fn = fnArray[k];
    const args = argsArray[k];
    if (fn === OPS.save) stack.push(state), (state = { ...state });
    else if (fn === OPS.restore) state = stack.pop() || state;
    else if (fn === OPS.transform) state = { ...state, ctm: multiply(state.ctm, args) };
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(state);
      state = { ...state, ctm: Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? multiply(state.ctm, Array.from(args[0])) : state.ctm };
    } else if (fn === OPS.paintFormXObjectEnd) state = stack.pop() || state;
    else if (fn === OPS.setLineWidth) state = { ...state, lineWidth: args[0] };
    else if (fn === OPS.setFillRGBColor) state = { ...state, fill: args[0] };
    else if (fn === OPS.setStrokeRGBColor) state = { ...state, stroke: args[0] };
    else if (fn === OPS.constructPath) {
      const paint = args[0];
      const data = args[1] && args[1][0];
      if (!data || typeof data.length !== 'number') continue;
      if (FILLS.has(paint) && !isWhite(state.fill)) {
        for (const p of paths(data)) {
          const xs = p.points.map((q) => q[0]);
          const ys = p.points.map((q) => q[1]);
          add(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
        }
      }
      if (STROKES.has(paint) && !isWhite(state.stroke)) {
        const m = state.ctm;
        const width = Math.max(0.1, state.lineWidth * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])));
        for (const p of paths(data)) {
          const points = p.closed || paint === OPS.closeStroke ? [...p.points, p.points[0]] : p.points;
          for (let j = 1; j < points.length; j++) {
            const [ax, ay] = points[j - 1];
            const [bx, by] = points[j];
            if (Math.abs(ax - bx) < 0.5) add(ax - width / 2, ay, bx + width / 2, by);
            else if (Math.abs(ay - by) < 0.5) add(ax, ay - width / 2, bx, by + width / 2);
          }
        }
      }
    }
  }
  return rules;
}
`;
