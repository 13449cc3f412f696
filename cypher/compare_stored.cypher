// The stored relationships of one comparison (for checks and clients), by type.
MATCH (s)-[r:IMPLEMENTS|CORRESPONDS_TO {pair: $pair}]->(t)
RETURN type(r) AS type, s.id AS source, t.id AS target, r.confidence AS confidence, r.score AS score,
       r.evidence AS evidence, r.document AS document
ORDER BY type, source, target
LIMIT $limit
