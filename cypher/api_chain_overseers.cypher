// Organs at the levels above ($levels) that oversee the topic's work: a duty on the topic, or a
// general audit/discipline duty (topics all within $general) that covers every matter.
MATCH (o:Organ {document: $document})-[r:RESPONSIBLE_FOR]->(u:Duty)-[:CITES]->(a:Article)
WHERE o.level IN $levels
  AND ($topic IN u.topics
       OR (any(t IN u.topics WHERE t IN $oversight) AND all(t IN u.topics WHERE t IN $general)))
RETURN o {.id, .name, .level, .kind, .document} AS organ,
       u {.id, .document, .text, .start, .end, .modality, .topics,
          responsibility: coalesce(r.responsibility, u.responsibility),
          article: a.number, article_key: a.key, label: a.label} AS duty
ORDER BY u.start
LIMIT $limit
