// respgraph web page: calls the public API (/api/v1) and draws the chain as a layered SVG graph.
// No framework and no third-party code: DOM helpers, a small layered layout, and SVG paths.
"use strict";

const API = "/api/v1";
const SVG_NS = "http://www.w3.org/2000/svg";

// --- words ---------------------------------------------------------------------------------------

const LEVELS = [
  ["central", "中央"], ["provincial", "省级"], ["municipal", "市级"], ["county", "县级"],
  ["township", "乡镇"], ["village", "村级"], ["social", "社会"],
];
const LEVEL_NAME = Object.fromEntries(LEVELS);
const TOPICS = [
  ["fund", "扶贫资金"], ["project", "扶贫项目"], ["exit", "贫困退出"], ["registration", "建档立卡"],
  ["assessment", "考核评估"], ["inspection", "督查巡查"], ["audit", "审计"], ["discipline", "执纪问责"],
  ["planning", "规划计划"], ["policy", "政策落实"], ["reporting", "报告"], ["pledge", "责任书"],
  ["cadres", "干部队伍"], ["publicity", "宣传"], ["data", "信息数据"], ["mobilisation", "社会动员"],
  ["cooperation", "协作帮扶"], ["reward", "奖励激励"], ["finance_investment", "财政投入"],
  ["stability", "稳定"], ["interpretation", "解释"], ["other", "其他"],
];
const TOPIC_NAME = Object.fromEntries(TOPICS);
const KIND_NAME = {
  party: "党委", government: "政府", party_and_government: "党委和政府", leading_group: "领导小组",
  agency: "职能部门", discipline: "纪检监察", procuratorate: "检察机关", audit: "审计机关", finance: "财政部门",
  organisation_dept: "组织部门", military: "军队武警", democratic_party: "民主党派",
  enterprise_society: "企业和社会组织", individual_role: "个人职务", assistance_unit: "帮扶单位",
};
const ROLE_NAME = {
  bearer: "承担责任", overseer: "监督执纪", supervisor: "上级监督", reported_to: "接受报告", body: "所属机构",
};
// Edge types: colour and dash tell them apart; the legend repeats both.
const EDGE_STYLE = {
  SUPERVISES: { name: "监督、考核（→ 被监督者）", color: "#c0392b", dash: "" },
  REPORTS_TO: { name: "报告、签责任书（→ 报告对象）", color: "#2471a3", dash: "8 4" },
  PART_OF: { name: "隶属（→ 所属机构）", color: "#7f8c8d", dash: "2 4" },
  GUIDES: { name: "指导（→ 被指导者）", color: "#1e8449", dash: "10 3 2 3" },
  ASSISTS: { name: "帮扶、协作（→ 被帮扶者）", color: "#8e44ad", dash: "14 6" },
};
const ROLE_STYLE = {
  bearer: { fill: "#fde2c8", stroke: "#d35400" },
  overseer: { fill: "#ebdef0", stroke: "#8e44ad" },
  supervisor: { fill: "#fadbd8", stroke: "#c0392b" },
  reported_to: { fill: "#d6eaf8", stroke: "#2471a3" },
  body: { fill: "#eaeded", stroke: "#7f8c8d" },
  plain: { fill: "#ffffff", stroke: "#95a5a6" },
  center: { fill: "#fdebd0", stroke: "#b03a2e" },
};
const RELATION_NAME = {
  RESPONSIBLE_FOR: "负责", SUPERVISES: "监督", REPORTS_TO: "报告", PART_OF: "隶属", GUIDES: "指导", ASSISTS: "帮扶",
};
const EXAMPLES = ["县里的扶贫资金被挪用谁负责", "县一级负责什么", "谁每年要报告"];

// --- DOM helpers ---------------------------------------------------------------------------------

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function sv(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== "") node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function link(text, onclick) {
  return el("a", { href: "#", onclick: (e) => { e.preventDefault(); onclick(); } }, text);
}

// --- the API -------------------------------------------------------------------------------------

async function api(path, params) {
  const url = new URL(API + path, location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, value);
  }
  const headers = { Accept: "application/json" };
  const key = sessionStorage.getItem("respgraph-api-key");
  if (key) headers["X-API-Key"] = key;
  const response = await fetch(url, { headers });
  if (response.status === 401) {
    $("key-form").hidden = false;
    throw new Error("服务器要求 API 密钥：请在左侧填写后重试");
  }
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || `HTTP ${response.status}`);
  return body;
}

const articleCache = new Map();

function fetchArticle(documentId, articleKey) {
  const key = `${documentId}/${articleKey}`;
  if (!articleCache.has(key)) {
    const number = articleKey.replace(/^a/, "");
    const path = `/documents/${encodeURIComponent(documentId)}/articles/${encodeURIComponent(number)}`;
    articleCache.set(key, api(path).catch(() => null));
  }
  return articleCache.get(key);
}

// --- view state ----------------------------------------------------------------------------------

let documents = [];

function setState(state, message) {
  $("view").dataset.state = state;
  const status = $("status");
  status.textContent = message || "";
  status.className = state === "error" ? "error" : "";
}

function showView(title, summary) {
  $("view-title").textContent = title;
  $("summary").replaceChildren(...summary);
  $("details").replaceChildren();
  $("graph").replaceChildren();
  $("graph-box").hidden = true;
  $("content").className = "";
}

function tag(text) {
  return el("span", { class: "tag" }, text);
}

function documentTitle(id) {
  const doc = documents.find((d) => d.id === id);
  return doc && doc.title ? `《${doc.title}》` : id;
}

// --- the layered graph ---------------------------------------------------------------------------

const ROW_HEIGHT = 92;
const NODE_HEIGHT = 46;
const GAP = 18;
const LEFT = 64;
const MAX_ROW_WIDTH = 720;
const TOP = 44; // room for the arcs drawn above the first row

const measure = document.createElement("canvas").getContext("2d");

function textWidth(text, size, bold) {
  measure.font = `${bold ? "bold " : ""}${size}px ${getComputedStyle(document.documentElement).fontFamily}`;
  return measure.measureText(text).width;
}

function levelRank(level) {
  const index = LEVELS.findIndex(([code]) => code === level);
  return index < 0 ? LEVELS.length : index;
}

// Rows top to bottom by level; a crowded level wraps onto several rows.
function layout(nodes, edges) {
  const byLevel = new Map();
  for (const node of nodes) {
    node.w = Math.max(textWidth(node.name, 14, true), textWidth(node.sub || "", 11, false)) + 24;
    const rank = levelRank(node.level);
    if (!byLevel.has(rank)) byLevel.set(rank, []);
    byLevel.get(rank).push(node);
  }
  const ranks = [...byLevel.keys()].sort((a, b) => a - b);
  orderByNeighbours(ranks.map((r) => byLevel.get(r)), edges);
  const rows = [];
  for (const rank of ranks) {
    let row = [];
    let width = 0;
    for (const node of byLevel.get(rank)) {
      if (row.length && width + node.w > MAX_ROW_WIDTH) {
        rows.push({ rank, nodes: row, width });
        row = [];
        width = 0;
      }
      row.push(node);
      width += node.w + GAP;
    }
    rows.push({ rank, nodes: row, width });
  }
  const inner = Math.max(...rows.map((r) => r.width), 300);
  rows.forEach((row, i) => {
    let x = LEFT + (inner - row.width) / 2 + GAP / 2;
    for (const node of row.nodes) {
      node.x = x + node.w / 2;
      node.y = TOP + i * ROW_HEIGHT + NODE_HEIGHT / 2;
      node.row = i;
      x += node.w + GAP;
    }
  });
  return { rows, width: LEFT + inner + 16, height: TOP + rows.length * ROW_HEIGHT - 20 };
}

// Two barycentre sweeps: a node moves towards the mean position of its neighbours in other layers.
function orderByNeighbours(layers, edges) {
  const neighbours = new Map();
  for (const e of edges) {
    if (!neighbours.has(e.source)) neighbours.set(e.source, []);
    if (!neighbours.has(e.target)) neighbours.set(e.target, []);
    neighbours.get(e.source).push(e.target);
    neighbours.get(e.target).push(e.source);
  }
  const position = new Map();
  const record = () => layers.forEach((layer) => layer.forEach((n, i) => position.set(n.id, i / Math.max(layer.length, 1))));
  record();
  for (let sweep = 0; sweep < 2; sweep += 1) {
    for (const layer of layers) {
      const score = new Map(layer.map((n, i) => {
        const around = (neighbours.get(n.id) || []).filter((id) => position.has(id));
        const mean = around.length ? around.reduce((s, id) => s + position.get(id), 0) / around.length : i / layer.length;
        return [n.id, mean];
      }));
      layer.sort((a, b) => score.get(a.id) - score.get(b.id));
    }
    record();
  }
}

function drawGraph(nodes, edges, options) {
  const svg = $("graph");
  const known = new Map(nodes.map((n) => [n.id, n]));
  edges = edges.filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target);
  spreadParallel(edges);
  const { rows, width, height } = layout(nodes, edges);
  // Natural size, shrunk to fit the column: a small graph is not blown up.
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("width", width);
  svg.setAttribute("height", height);
  const defs = sv("defs", {}, Object.entries(EDGE_STYLE).map(([type, style]) =>
    sv("marker", { id: `arrow-${type}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" },
      sv("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: style.color }))));
  const bands = rows.map((row, i) => {
    const first = i === 0 || rows[i - 1].rank !== row.rank;
    const label = row.rank < LEVELS.length ? LEVELS[row.rank][1] : "其他";
    return sv("g", {},
      i % 2 === 0 ? sv("rect", { class: "band", x: 0, y: TOP + i * ROW_HEIGHT - 18, width, height: ROW_HEIGHT - 10 }) : null,
      first ? sv("text", { class: "band-label", x: 10, y: TOP + i * ROW_HEIGHT + NODE_HEIGHT / 2 + 5 }, label) : null);
  });
  const edgeGroup = sv("g", {}, edges.map((e) => drawEdge(known.get(e.source), known.get(e.target), e)));
  const nodeGroup = sv("g", {}, nodes.map((n) => drawNode(n, options)));
  svg.replaceChildren(defs, ...bands, edgeGroup, nodeGroup);
  $("legend").replaceChildren(...legend(edges, nodes));
  $("graph-box").hidden = false;
}

function drawNode(node, options) {
  const style = ROLE_STYLE[node.center ? "center" : (node.roles && node.roles[0]) || "plain"];
  const left = node.x - node.w / 2;
  const top = node.y - NODE_HEIGHT / 2;
  const tip = [node.name, LEVEL_NAME[node.level], KIND_NAME[node.kind], node.sub].filter(Boolean).join(" · ");
  return sv("g", { class: `node${node.center ? " center" : ""}`, "data-id": node.id, onclick: () => options.onNode(node) },
    sv("title", {}, `${tip}（点击查看机构）`),
    sv("rect", { x: left, y: top, width: node.w, height: NODE_HEIGHT, rx: 6, fill: style.fill, stroke: style.stroke }),
    sv("text", { class: "name", x: node.x, y: node.sub ? node.y - 2 : node.y + 5, "text-anchor": "middle" }, node.name),
    node.sub ? sv("text", { class: "sub", x: node.x, y: node.y + 15, "text-anchor": "middle" }, node.sub) : null);
}

// Edges between the same two organs (监督 and 指导 of 乡 by 县) sit side by side, not on top of each other.
function spreadParallel(edges) {
  const pairs = new Map();
  for (const e of edges) {
    const key = [e.source, e.target].sort().join("|");
    if (!pairs.has(key)) pairs.set(key, []);
    pairs.get(key).push(e);
  }
  for (const group of pairs.values()) group.forEach((e, i) => { e.offset = (i - (group.length - 1) / 2) * 12; });
}

function drawEdge(a, b, edge) {
  const style = EDGE_STYLE[edge.type] || { color: "#999", dash: "" };
  const spread = (from, to) => Math.max(-from.w / 2 + 12, Math.min(from.w / 2 - 12, (to.x - from.x) * 0.2));
  const x1 = a.x + spread(a, b) + edge.offset;
  const x2 = b.x + spread(b, a) + edge.offset;
  let d;
  if (a.row === b.row) {
    // Same row: an arc above both boxes.
    const y = a.y - NODE_HEIGHT / 2;
    d = `M ${x1} ${y} C ${x1} ${y - 34}, ${x2} ${y - 34}, ${x2} ${y}`;
  } else {
    const down = a.row < b.row;
    const y1 = a.y + (down ? 1 : -1) * NODE_HEIGHT / 2;
    const y2 = b.y + (down ? -1 : 1) * NODE_HEIGHT / 2;
    const mid = (y1 + y2) / 2;
    d = `M ${x1} ${y1} C ${x1} ${mid}, ${x2} ${mid}, ${x2} ${y2}`;
  }
  const title = `${a.name} —${RELATION_NAME[edge.type] || edge.type}→ ${b.name}${edge.note ? `\n${edge.note}` : ""}`;
  return sv("path", {
    class: "edge", d, stroke: style.color, "stroke-dasharray": style.dash, "marker-end": `url(#arrow-${edge.type})`,
    "data-type": edge.type, "data-cite": edge.cite || "",
    onmouseenter: () => highlight(edge.cite, true), onmouseleave: () => highlight(edge.cite, false),
  }, sv("title", {}, title));
}

function legend(edges, nodes) {
  const types = Object.keys(EDGE_STYLE).filter((t) => edges.some((e) => e.type === t));
  const items = types.map((type) => {
    const s = EDGE_STYLE[type];
    const sample = sv("svg", { width: 34, height: 10 },
      sv("line", { x1: 1, y1: 5, x2: 33, y2: 5, stroke: s.color, "stroke-width": 2.5, "stroke-dasharray": s.dash }));
    return el("span", {}, sample, s.name);
  });
  const roles = [...new Set(nodes.flatMap((n) => n.roles || []))].map((role) =>
    el("span", {}, el("i", { class: "swatch", style: `background:${ROLE_STYLE[role].fill};border-color:${ROLE_STYLE[role].stroke}` }), ROLE_NAME[role]));
  return [...items, ...roles];
}

function highlight(cite, on) {
  if (!cite) return;
  for (const card of document.querySelectorAll(`.article[data-cite="${CSS.escape(cite)}"]`)) card.classList.toggle("hot", on);
}

// --- cited article texts -------------------------------------------------------------------------

// One card per cited article: its full text with every quoted span marked, and who it binds.
async function articleCards(items, heading) {
  const groups = new Map();
  for (const item of items) {
    const c = item.citation;
    if (!c.article_key) continue;
    const key = `${c.document}/${c.article_key}`;
    if (!groups.has(key)) groups.set(key, { citation: c, items: [] });
    groups.get(key).items.push(item);
  }
  const cards = await Promise.all([...groups.entries()].map(async ([key, group]) => {
    const article = await fetchArticle(group.citation.document, group.citation.article_key);
    return articleCard(key, group, article);
  }));
  return [el("h3", {}, heading), ...cards];
}

function articleCard(key, group, article) {
  const c = group.citation;
  const text = article ? markQuotes(article, group.items.map((i) => i.citation)) : el("p", { class: "text" }, group.items.map((i) => `「${i.citation.quote}」`).join(" "));
  const chips = group.items.map((i) => el("span", { class: `chip ${i.type || ""}`, title: `「${i.citation.quote}」` }, i.chip));
  return el("section", { class: "article", "data-cite": key },
    el("header", {}, el("span", {}, c.label || c.article_key), el("span", { class: "doc" }, documentTitle(c.document))),
    text, el("div", { class: "chips" }, chips));
}

function markQuotes(article, citations) {
  const spans = [];
  for (const c of citations) {
    let start = c.start - article.start;
    if (article.text.slice(start, start + c.quote.length) !== c.quote) start = article.text.indexOf(c.quote);
    if (start >= 0) spans.push([start, start + c.quote.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const parts = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    parts.push(article.text.slice(at, from), el("mark", {}, article.text.slice(from, end)));
    at = end;
  }
  parts.push(article.text.slice(at));
  return el("p", { class: "text" }, parts);
}

function citeKey(c) {
  return c.article_key ? `${c.document}/${c.article_key}` : "";
}

// --- answers -------------------------------------------------------------------------------------

function organNode(organ, extra) {
  return { id: organ.id, name: organ.name, level: organ.level, kind: organ.kind, ...extra };
}

async function showChain(answer, summary) {
  const labels = new Map();
  for (const hop of answer.chain) {
    if (hop.responsibility) {
      if (!labels.has(hop.organ.id)) labels.set(hop.organ.id, new Set());
      labels.get(hop.organ.id).add(hop.responsibility);
    }
  }
  const nodes = new Map(answer.organs.map((o) => [o.id, organNode(o, {
    roles: o.roles,
    sub: [...(labels.get(o.id) || [])].join("、") || o.roles.map((r) => ROLE_NAME[r]).join("、"),
  })]));
  const edges = new Map();
  for (const hop of answer.chain) {
    if (!hop.below) continue;
    if (!nodes.has(hop.below.id)) nodes.set(hop.below.id, organNode(hop.below, { sub: KIND_NAME[hop.below.kind] || "" }));
    const [source, target] = hop.relation === "SUPERVISES" ? [hop.organ.id, hop.below.id] : [hop.below.id, hop.organ.id];
    const key = `${hop.relation}|${source}|${target}`;
    if (!edges.has(key)) edges.set(key, { type: hop.relation, source, target, cite: citeKey(hop.citation), note: `${hop.citation.label || ""}「${hop.citation.quote}」` });
  }
  showView(`责任链：${TOPIC_NAME[answer.topic] || answer.topic}${answer.level ? ` · ${LEVEL_NAME[answer.level]}` : ""}`, summary);
  drawGraph([...nodes.values()], [...edges.values()], { onNode: (n) => go({ view: "organ", id: n.id }) });
  const items = answer.chain.map((hop) => ({
    citation: hop.citation,
    type: hop.relation,
    chip: hop.below
      ? (hop.relation === "SUPERVISES" ? `${hop.organ.name} 监督 ${hop.below.name}` : `${hop.below.name} ${RELATION_NAME[hop.relation]} ${hop.organ.name}`)
      : `${hop.organ.name}${hop.responsibility ? `（${hop.responsibility}）` : `（${ROLE_NAME[hop.role]}）`}`,
  }));
  const details = await articleCards(items, "引用条文");
  const sanctions = answer.sanctions.filter((s) => s.kind === "article").slice(0, 3);
  if (sanctions.length) {
    details.push(...await articleCards(sanctions.map((s) => ({ citation: s.citation, chip: s.chapter ? `所在章：${s.chapter}` : "奖惩" })), "奖惩与追责条款"));
  }
  $("details").replaceChildren(...details);
}

async function showResponsibilities(answer, summary) {
  showView(`${answer.organ || LEVEL_NAME[answer.level] || ""}的职责`, summary);
  const nodes = new Map(answer.organs.map((o) => [o.id, organNode(o, { roles: ["bearer"], sub: KIND_NAME[o.kind] || "" })]));
  const edges = [];
  for (const e of answer.relations_out) {
    for (const o of [e.source, e.target]) if (!nodes.has(o.id)) nodes.set(o.id, organNode(o, { sub: KIND_NAME[o.kind] || "" }));
    edges.push({ type: e.type, source: e.source.id, target: e.target.id, cite: citeKey(e.citation), note: e.citation.quote });
  }
  drawGraph([...nodes.values()], edges, { onNode: (n) => go({ view: "organ", id: n.id }) });
  const items = answer.duties.map((d) => ({
    citation: { ...d, quote: d.text }, type: "RESPONSIBLE_FOR",
    chip: `${d.holders.map((h) => h.split("/").pop()).join("、")}${d.responsibility ? `（${d.responsibility}）` : ""}`,
  }));
  $("details").replaceChildren(...await articleCards(items, "职责条文"));
}

async function showEdges(title, edgeList, summary) {
  showView(title, summary);
  const nodes = new Map();
  for (const e of edgeList) for (const o of [e.source, e.target]) nodes.set(o.id, organNode(o, { sub: KIND_NAME[o.kind] || "" }));
  drawGraph([...nodes.values()], edgeList.map((e) => ({ type: e.type, source: e.source.id, target: e.target.id, cite: citeKey(e.citation), note: e.citation.quote })),
    { onNode: (n) => go({ view: "organ", id: n.id }) });
  const items = edgeList.map((e) => ({ citation: e.citation, type: e.type, chip: `${e.source.name} → ${e.target.name}${e.what ? `：${e.what}` : ""}` }));
  $("details").replaceChildren(...await articleCards(items, "引用条文"));
}

async function showAdditions(answer, summary) {
  showView(`${documentTitle(answer.document)} 新增的职责`, summary);
  $("content").className = "wide";
  const items = answer.duties.map((a) => ({
    citation: { ...a.duty, quote: a.duty.text }, type: "RESPONSIBLE_FOR",
    chip: a.duty.holders.map((h) => h.split("/").pop()).join("、") || "—",
  }));
  $("details").replaceChildren(
    el("p", { class: "note" }, `与${documentTitle(answer.base_document)}对比（${answer.method === "alignment" ? "按条文对应" : "按字面相似度"}），相似度低于 ${answer.threshold} 的职责。`),
    ...await articleCards(items, `新增职责（${answer.duties.length}）`));
}

function showAnswer(answer, summary) {
  if (answer.kind === "accountability") return showChain(answer, summary);
  if (answer.kind === "responsibilities") return showResponsibilities(answer, summary);
  if (answer.kind === "reports") return showEdges("报告关系", answer.edges, summary);
  return showAdditions(answer, summary);
}

// --- views ---------------------------------------------------------------------------------------

async function runAsk(question) {
  $("question").value = question;
  const response = await api("/ask", { q: question });
  const meaning = response.interpretation;
  const summary = [
    tag(`问题：${response.question}`),
    meaning.topic ? tag(`事项：${TOPIC_NAME[meaning.topic] || meaning.topic}`) : null,
    meaning.level ? tag(`层级：${LEVEL_NAME[meaning.level] || meaning.level}`) : null,
    meaning.document ? tag(`文件：${documentTitle(meaning.document)}`) : null,
    ...meaning.notes.map((n) => el("div", { class: "note" }, n)),
  ].filter(Boolean);
  await showAnswer(response.answer, summary);
}

async function runChain(params) {
  const answer = await api("/accountability", params);
  for (const [key, value] of Object.entries(params)) if ($(key) && value) $(key).value = value;
  const summary = [
    tag(`文件：${documentTitle(answer.document)}`),
    tag(`事项：${TOPIC_NAME[answer.topic] || answer.topic}`),
    tag(`层级：${answer.level ? LEVEL_NAME[answer.level] : "所有层级"}`),
    tag(`${answer.organs.length} 个机构`),
  ];
  await showChain(answer, summary);
}

async function runOrgan(id) {
  const [detail, around] = await Promise.all([api(`/organs/${encodeURIComponent(id)}`), api("/graph", { center: id, depth: 1 })]);
  const o = detail.organ;
  showView(o.name, [
    tag(`层级：${LEVEL_NAME[o.level] || "—"}`), tag(`类别：${KIND_NAME[o.kind] || "—"}`), tag(`文件：${documentTitle(o.document)}`),
    o.aliases.length > 1 ? tag(`别称：${o.aliases.join("、")}`) : null,
  ].filter(Boolean));
  const nodes = around.nodes.map((n) => ({ id: n.id, name: n.label, level: n.level, kind: n.kind, center: n.center, sub: KIND_NAME[n.kind] || "" }));
  const edges = around.edges.map((e) => ({ type: e.type, source: e.source, target: e.target, note: e.evidence }));
  drawGraph(nodes, edges, { onNode: (n) => { if (!n.center) go({ view: "organ", id: n.id }); } });
  $("details").replaceChildren(...organFacts(detail));
}

function organFacts(detail) {
  const out = [el("h3", {}, `职责（${detail.duties.length}）`), el("ul", { class: "facts" }, detail.duties.map((d) =>
    el("li", {}, d.text, d.responsibility ? `（${d.responsibility}）` : "", " ", el("span", { class: "cite" }, d.label || "")))) ];
  const groups = [
    ["supervised_by", "监督它的", "source"], ["supervises", "它监督的", "target"], ["reports_to", "它报告的对象", "target"],
    ["reported_by", "向它报告的", "source"], ["part_of", "所属机构", "target"], ["parts", "组成部分", "source"],
    ["guided_by", "指导它的", "source"], ["guides", "它指导的", "target"], ["assisted_by", "帮扶它的", "source"], ["assists", "它帮扶的", "target"],
  ];
  for (const [field, title, side] of groups) {
    const edges = detail[field];
    if (!edges.length) continue;
    out.push(el("h3", {}, `${title}（${edges.length}）`), el("ul", { class: "facts" }, edges.map((e) => el("li", {},
      link(e[side].name, () => go({ view: "organ", id: e[side].id })), " ",
      el("span", { class: "cite" }, `${e.citation.label || ""}「${e.citation.quote}」`)))));
  }
  if (detail.liabilities.length) {
    out.push(el("h3", {}, "追责条款"), el("ul", { class: "facts" }, detail.liabilities.map((l) =>
      el("li", { class: "cite" }, `${l.citation.label || ""}「${l.citation.quote}」`))));
  }
  return out;
}

async function runOrganSearch(q) {
  $("organ-query").value = q;
  const list = $("organ-results");
  list.replaceChildren(el("li", { class: "note" }, "查找中…"));
  const document = $("document").value;
  const result = await api("/organs", { q, document });
  list.replaceChildren(...(result.organs.length ? result.organs.map((o) => el("li", {},
    link(o.name, () => go({ view: "organ", id: o.id })),
    el("span", { class: "meta" }, `${LEVEL_NAME[o.level] || "—"} · ${KIND_NAME[o.kind] || "—"} · ${o.duty_count} 项职责 · ${documentTitle(o.document)}`)))
    : [el("li", { class: "note" }, "没有找到匹配的机构")]));
}

// --- routing: the view lives in the URL hash, so Back and links work -----------------------------

function go(params) {
  const hash = "#" + new URLSearchParams(params).toString();
  if (location.hash === hash) route();
  else location.hash = hash;
}

async function route() {
  const params = Object.fromEntries(new URLSearchParams(location.hash.slice(1)));
  const view = params.view;
  delete params.view;
  setState("loading", "查询中…");
  try {
    if (view === "ask" && params.q) await runAsk(params.q);
    else if (view === "chain" && params.topic) await runChain(params);
    else if (view === "organ" && params.id) await runOrgan(params.id);
    setState("done", "");
  } catch (error) {
    setState("error", `出错了：${error.message}`);
  }
}

function fillSelect(select, options, blank) {
  select.replaceChildren(...(blank ? [el("option", { value: "" }, blank)] : []), ...options.map(([value, text]) => el("option", { value }, text)));
}

async function init() {
  fillSelect($("topic"), TOPICS.map(([code, name]) => [code, `${name}（${code}）`]));
  fillSelect($("level"), LEVELS.map(([code, name]) => [code, name]), "所有层级");
  $("level").value = "county";
  $("examples").replaceChildren("试试：", ...EXAMPLES.map((q) => link(q, () => go({ view: "ask", q }))));
  $("ask-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = $("question").value.trim();
    if (q) go({ view: "ask", q });
  });
  $("chain-form").addEventListener("submit", (e) => {
    e.preventDefault();
    go({ view: "chain", document: $("document").value, topic: $("topic").value, level: $("level").value });
  });
  $("organ-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = $("organ-query").value.trim();
    if (q) runOrganSearch(q).catch((error) => setState("error", `出错了：${error.message}`));
  });
  $("key-form").addEventListener("submit", (e) => {
    e.preventDefault();
    sessionStorage.setItem("respgraph-api-key", $("api-key").value);
    $("key-form").hidden = true;
    route();
  });
  window.addEventListener("hashchange", route);
  try {
    documents = (await api("/documents", { limit: 500 })).documents;
    fillSelect($("document"), documents.map((d) => [d.id, `${d.title || d.id}（${d.jurisdiction || d.id}）`]));
  } catch (error) {
    setState("error", `出错了：${error.message}`);
    return;
  }
  await route();
}

init();
