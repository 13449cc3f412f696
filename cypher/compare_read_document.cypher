// One loaded document read back for a comparison: metadata, articles, organs, duties with holders.
MATCH (d:Document {id: $document})
RETURN d {.id, .title, .jurisdiction, .level, .issuer, .effective, .source, .sha256,
          length: coalesce(d.length, 0), preamble_end: coalesce(d.preamble_end, 0)} AS document,
       COLLECT { MATCH (a:Article {document: $document})
                 RETURN a {.key, .number, .suffix, .label, .chapter, .text, .start, .end}
                 ORDER BY a.start } AS articles,
       COLLECT { MATCH (o:Organ {document: $document})
                 RETURN o {.id, .name, .level, .kind, aliases: coalesce(o.aliases, []),
                           collective: coalesce(o.collective, false), covers: coalesce(o.covers, [])}
                 ORDER BY o.id } AS organs,
       COLLECT { MATCH (u:Duty {document: $document})-[:CITES]->(a:Article)
                 RETURN u {.id, .text, .start, .end, .responsibility, modality: coalesce(u.modality, 'must'),
                           topics: coalesce(u.topics, []), article: a.number, article_key: a.key,
                           holders: COLLECT { MATCH (h:Organ)-[:RESPONSIBLE_FOR]->(u) RETURN h.id ORDER BY h.id }}
                 ORDER BY u.start } AS duties
