// One article: its text and every fact extracted from it, each with its span.
MATCH (a:Article {document: $document, key: $key})
OPTIONAL MATCH (a)-[:IN_CHAPTER]->(c:Chapter)
RETURN a {.id, .document, .key, .number, .suffix, .label, .text, .start, .end} AS article,
       c {.id, .seq, .number, .title, .part, .section} AS chapter,
       COLLECT { MATCH (u:Duty)-[:CITES]->(a)
                 RETURN u {.id, .document, .text, .start, .end, .responsibility, .modality, .topics,
                           article: a.number, article_key: a.key, label: a.label,
                           holders: COLLECT { MATCH (h:Organ)-[:RESPONSIBLE_FOR]->(u) RETURN h.id ORDER BY h.id }}
                 ORDER BY u.start LIMIT $limit } AS duties,
       COLLECT { MATCH (s:Organ {document: $document})-[r:SUPERVISES|GUIDES|ASSISTS|REPORTS_TO|PART_OF]->(t:Organ)
                 WHERE r.article_key = a.key
                 RETURN {id: r.id, type: type(r), document: r.document,
                         source: s {.id, .name, .level, .kind, .document},
                         target: t {.id, .name, .level, .kind, .document},
                         implicit: r.implicit, confidence: r.confidence, modes: r.modes, topics: r.topics,
                         what: r.what, frequency: r.frequency, article: r.article, article_key: r.article_key,
                         label: a.label, evidence: r.evidence, start: r.start, end: r.end}
                 ORDER BY r.start LIMIT $limit } AS relations,
       COLLECT { MATCH (o:Organ)-[l:LIABLE_UNDER]->(a)
                 RETURN {organ: o {.id, .name, .level, .kind, .document}, document: l.document,
                         article: a.number, article_key: a.key, label: a.label,
                         evidence: l.evidence, start: l.start, end: l.end}
                 ORDER BY l.start LIMIT $limit } AS liabilities
