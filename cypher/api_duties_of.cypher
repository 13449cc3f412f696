// The duties held by the given organs, each with its article and all its holders.
UNWIND $ids AS id
MATCH (o:Organ {id: id})-[:RESPONSIBLE_FOR]->(u:Duty)-[:CITES]->(a:Article)
WITH DISTINCT u, a
RETURN u {.id, .document, .text, .start, .end, .modality, .topics, .responsibility,
          article: a.number, article_key: a.key, label: a.label,
          holders: COLLECT { MATCH (h:Organ)-[:RESPONSIBLE_FOR]->(u) RETURN h.id ORDER BY h.id }} AS duty
ORDER BY duty.start
LIMIT $limit
