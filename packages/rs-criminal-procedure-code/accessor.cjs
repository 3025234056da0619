// Generated from accessor.js and calendar-date.js (CommonJS, for require); the ES module files are the ones to read.
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// accessor.js
var accessor_exports = {};
__export(accessor_exports, {
  createAccessor: () => createAccessor,
  isRef: () => isRef,
  parseRef: () => parseRef
});
module.exports = __toCommonJS(accessor_exports);

// calendar-date.js
function calendarDate(year, month, day) {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
    return null;
  if (day > daysInMonth(year, month))
    return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
function daysInMonth(year, month) {
  if (month === 2)
    return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function parseIsoDate(text) {
  if (typeof text !== "string")
    return null;
  const m = ISO_DATE.exec(text);
  return m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

// accessor.js
var STRUCTURE_KINDS = /* @__PURE__ */ new Set(["chapter", "section", "title", "heading"]);
var INSTRUMENT = /^[a-z][a-z0-9-]*[a-z0-9]$/;
var NUMBER = /^[0-9]+[a-z]*$/;
var SUB = /^[a-z0-9]+$/;
var UNIT = /^(chapter|section|title|heading)-([A-Za-z0-9]+)$/;
var UNIT_SEGMENT = { chapter: "cpt", section: "sec", title: "tit", heading: "hdg" };
var SEGMENT_UNIT = { cpt: "chapter", sec: "section", tit: "title", hdg: "heading" };
var MAX_REF = 200;
function parseRef(ref) {
  if (typeof ref !== "string" || ref.length > MAX_REF) return null;
  const colon = ref.indexOf(":");
  if (colon === -1) return null;
  const instrument = ref.slice(0, colon);
  if (!INSTRUMENT.test(instrument)) return null;
  const parts = ref.slice(colon + 1).split("/");
  if (UNIT.test(parts[0])) {
    if (!parts.every((p, i) => UNIT.test(p) && (i === 0 || !p.startsWith("chapter-")))) return null;
    return { instrument, article: null, paragraph: null, rest: [], structure: parts };
  }
  const [article, ...after] = parts;
  if (!NUMBER.test(article)) return null;
  const paragraph = after.length > 0 && NUMBER.test(after[0]) ? after.shift() : null;
  if (!after.every((p) => SUB.test(p))) return null;
  return { instrument, article, paragraph, rest: after, structure: [] };
}
function isRef(value) {
  return parseRef(value) !== null;
}
function checkedDate(date) {
  const day = parseIsoDate(date);
  if (day === null) {
    const shown = typeof date === "string" ? JSON.stringify(date.length > 40 ? `${date.slice(0, 40)}\u2026` : date) : String(date);
    throw new TypeError(`not a date: ${shown} (expected a calendar date as YYYY-MM-DD, e.g. 2009-01-01)`);
  }
  return day;
}
function covers(date, v) {
  return (v.versionDate === null || v.versionDate <= date) && (v.validUntil === null || date < v.validUntil);
}
function createAccessor(dataset, options = {}) {
  const byRef = /* @__PURE__ */ new Map();
  const byId = /* @__PURE__ */ new Map();
  for (const p of dataset.provisions) {
    byRef.set(p.ref, p);
    byId.set(p["@id"], p);
  }
  const instrumentsByRef = new Map(dataset.instruments.map((i) => [i.ref, i]));
  const instrumentsById = new Map(dataset.instruments.map((i) => [i["@id"], i]));
  const mappingsByArticle = new Map(dataset.mappings.map((m) => [m.articleRef, m]));
  const tombstonesById = new Map((dataset.tombstones ?? []).map((t) => [t["@id"], t]));
  const directory = options.directory ?? dataset.instruments.map((i) => [i.ref, i["@id"], dataset.package]);
  const homes = /* @__PURE__ */ new Map();
  const instrumentIris = /* @__PURE__ */ new Map();
  for (const [ref, iri, name] of directory) {
    if (!homes.has(ref)) homes.set(ref, name);
    instrumentIris.set(iri, ref);
  }
  const iriOfInstrument = new Map(directory.map(([ref, iri]) => [ref, iri]));
  function locate(ref) {
    const parsed = parseRef(ref);
    if (parsed === null || parsed.article === null || parsed.rest.length > 0) return null;
    const article = byRef.get(`${parsed.instrument}:${parsed.article}`);
    if (!article || article.kind !== "article") return null;
    return { article, paragraph: parsed.paragraph };
  }
  function paragraphKnown(article, number) {
    return byRef.has(`${article.ref}/${number}`) || quotedParagraph(article, number);
  }
  function quotedParagraph(article, number) {
    return article.versions.some((v) => v.paragraphs.some((p) => p.number === number));
  }
  function holds(ref) {
    if (byRef.has(ref)) return true;
    const found = locate(ref);
    return found !== null && (found.paragraph === null || paragraphKnown(found.article, found.paragraph));
  }
  function provision(ref) {
    return byRef.get(ref);
  }
  function versions(ref) {
    const found = locate(ref);
    if (!found || found.paragraph !== null && !paragraphKnown(found.article, found.paragraph)) return [];
    return found.article.versions;
  }
  function beforeInstrument(node, date) {
    const first = instrumentsById.get(node.instrument)?.firstDateEntryInForce ?? null;
    return first !== null && date < first;
  }
  function at(ref, date) {
    const day = date === void 0 ? void 0 : checkedDate(date);
    if (typeof ref !== "string") throw new TypeError(`not a ref: ${String(ref)} (expected a string such as "rs-cc:199/3")`);
    const node = byRef.get(ref);
    if (node && STRUCTURE_KINDS.has(node.kind)) return { ref, provision: node, version: null, status: "structure", paragraphs: [], startUnknown: false };
    const none = (provisionNode2, status) => ({ ref, provision: provisionNode2, version: null, status, paragraphs: [], startUnknown: false });
    const found = locate(ref);
    if (!found) return node ? none(node, "not-quoted") : void 0;
    const { article, paragraph } = found;
    if (paragraph !== null && !quotedParagraph(article, paragraph)) return node ? none(node, "not-quoted") : void 0;
    const provisionNode = node ?? article;
    const all = article.versions;
    if (all.length === 0) return none(provisionNode, "not-quoted");
    if (day !== void 0 && beforeInstrument(article, day)) return none(provisionNode, "not-in-force");
    const version = day === void 0 ? all[all.length - 1] : all.find((v) => covers(day, v));
    if (version === void 0) return none(provisionNode, "not-in-force");
    const paragraphs = paragraph === null ? version.paragraphs : version.paragraphs.filter((p) => p.number === paragraph);
    if (paragraph !== null && paragraphs.length === 0 && version.status !== "deleted") return none(provisionNode, "not-in-force");
    return { ref, provision: provisionNode, version, status: version.status, paragraphs, startUnknown: version.versionDate === null };
  }
  function naming(ref, whole) {
    const parsed = parseRef(ref);
    const own = parsed === null ? void 0 : iriOf(ref);
    if (own === void 0) return () => false;
    if (parsed.article !== null && parsed.paragraph === null) return (iri) => iri === own || iri.startsWith(`${own}/para_`);
    const article = whole && parsed.paragraph !== null ? iriOf(`${parsed.instrument}:${parsed.article}`) : void 0;
    return (iri) => iri === own || iri === article;
  }
  function statements(ref) {
    if (!holds(ref) || STRUCTURE_KINDS.has(byRef.get(ref)?.kind)) return [];
    const names = naming(ref, true);
    return dataset.statements.filter((s) => s.about.some(names));
  }
  function mappingsOf(ref) {
    const names = naming(ref, false);
    return dataset.mappings.filter((m) => m.provisions.some(names));
  }
  function packageOf(ref) {
    const parsed = typeof ref === "string" ? parseRef(ref) ?? (INSTRUMENT.test(ref) ? { instrument: ref } : null) : null;
    return parsed === null ? void 0 : homes.get(parsed.instrument);
  }
  function iriOf(ref) {
    const held = byRef.get(ref);
    if (held) return held["@id"];
    const parsed = parseRef(ref);
    const root = parsed && iriOfInstrument.get(parsed.instrument);
    if (!root) return void 0;
    if (parsed.article === null) return `${root}/${parsed.structure.map((u) => {
      const [, kind, n] = UNIT.exec(u);
      return `${UNIT_SEGMENT[kind]}_${n}`;
    }).join("/")}`;
    if (parsed.rest.length > 0) return void 0;
    return `${root}/art_${parsed.article}${parsed.paragraph === null ? "" : `/para_${parsed.paragraph}`}`;
  }
  function refOf(iri) {
    if (typeof iri !== "string") return void 0;
    const held = byId.get(iri) ?? instrumentsById.get(iri);
    if (held) return held.ref;
    if (instrumentIris.has(iri)) return instrumentIris.get(iri);
    for (const [root, instrument] of instrumentIris) {
      if (!iri.startsWith(`${root}/`)) continue;
      const segments = iri.slice(root.length + 1).split("/");
      const art = /^art_([0-9]+[a-z]*)$/.exec(segments[0]);
      if (art) {
        if (segments.length === 1) return `${instrument}:${art[1]}`;
        const para = /^para_([0-9]+[a-z]*)$/.exec(segments[1]);
        if (para && segments.length === 2) return `${instrument}:${art[1]}/${para[1]}`;
        return void 0;
      }
      const units = segments.map((s) => /^(cpt|sec|tit|hdg)_([A-Za-z0-9]+)$/.exec(s));
      if (units.every(Boolean)) {
        const ref = `${instrument}:${units.map((u) => `${SEGMENT_UNIT[u[1]]}-${u[2]}`).join("/")}`;
        return isRef(ref) ? ref : void 0;
      }
    }
    return void 0;
  }
  return {
    dataset,
    instruments: () => dataset.instruments,
    instrument: (ref) => instrumentsByRef.get(ref),
    instrumentById: (iri) => instrumentsById.get(iri),
    provisions: () => dataset.provisions,
    provision,
    provisionById: (iri) => byId.get(iri),
    versions,
    at,
    statements,
    mappings: () => dataset.mappings,
    mapping: (articleRef) => mappingsByArticle.get(articleRef),
    mappingsOf,
    facts: (kind) => kind === void 0 ? dataset.facts : dataset.facts.filter((f) => f.kind === kind),
    conflicts: () => dataset.conflicts,
    // an id an earlier version had: what it was and what replaced it (ids never change meaning)
    tombstone: (iri) => tombstonesById.get(iri),
    packageOf,
    iriOf,
    refOf
  };
}
