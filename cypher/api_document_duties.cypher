// Every duty of a document with its article and holders (for comparing two documents).
MATCH (u:Duty {document: $document})-[:CITES]->(a:Article)
RETURN u {.id, .document, .text, .start, .end, .modality, .topics, .responsibility,
          article: a.number, article_key: a.key, label: a.label,
          holders: COLLECT { MATCH (h:Organ)-[:RESPONSIBLE_FOR]->(u) RETURN h.id ORDER BY h.id }} AS duty
ORDER BY u.start
LIMIT $limit
