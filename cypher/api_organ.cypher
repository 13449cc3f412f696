// One organ: its duties, its relations in both directions and its liabilities.
MATCH (o:Organ {id: $id})
RETURN o {.id, .name, .level, .kind, .document, .aliases, .collective, .covers,
          duty_count: COUNT { MATCH (o)-[:RESPONSIBLE_FOR]->(:Duty) }} AS organ,
       COLLECT { MATCH (o)-[r:RESPONSIBLE_FOR]->(u:Duty)-[:CITES]->(a:Article)
                 RETURN u {.id, .document, .text, .start, .end, .modality, .topics,
                           responsibility: coalesce(r.responsibility, u.responsibility),
                           article: a.number, article_key: a.key, label: a.label,
                           holders: COLLECT { MATCH (h:Organ)-[:RESPONSIBLE_FOR]->(u) RETURN h.id ORDER BY h.id }}
                 ORDER BY u.start LIMIT $limit } AS duties,
       COLLECT { MATCH (o)-[r:SUPERVISES|GUIDES|ASSISTS|REPORTS_TO|PART_OF]->(t:Organ)
                 RETURN {id: r.id, type: type(r), document: r.document,
                         source: o {.id, .name, .level, .kind, .document},
                         target: t {.id, .name, .level, .kind, .document},
                         implicit: r.implicit, confidence: r.confidence, modes: r.modes, topics: r.topics,
                         what: r.what, frequency: r.frequency, article: r.article, article_key: r.article_key,
                         label: COLLECT { MATCH (x:Article {id: r.document + '/' + r.article_key})
                                          RETURN x.label }[0],
                         evidence: r.evidence, start: r.start, end: r.end}
                 ORDER BY r.start LIMIT $limit } AS outgoing,
       COLLECT { MATCH (s:Organ)-[r:SUPERVISES|GUIDES|ASSISTS|REPORTS_TO|PART_OF]->(o)
                 RETURN {id: r.id, type: type(r), document: r.document,
                         source: s {.id, .name, .level, .kind, .document},
                         target: o {.id, .name, .level, .kind, .document},
                         implicit: r.implicit, confidence: r.confidence, modes: r.modes, topics: r.topics,
                         what: r.what, frequency: r.frequency, article: r.article, article_key: r.article_key,
                         label: COLLECT { MATCH (x:Article {id: r.document + '/' + r.article_key})
                                          RETURN x.label }[0],
                         evidence: r.evidence, start: r.start, end: r.end}
                 ORDER BY r.start LIMIT $limit } AS incoming,
       COLLECT { MATCH (o)-[l:LIABLE_UNDER]->(a:Article)
                 RETURN {organ: o {.id, .name, .level, .kind, .document}, document: l.document,
                         article: a.number, article_key: a.key, label: a.label,
                         evidence: l.evidence, start: l.start, end: l.end}
                 ORDER BY l.start LIMIT $limit } AS liabilities
