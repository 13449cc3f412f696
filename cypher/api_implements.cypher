// Article pairs where an article of $document implements one of $base (a stored comparison).
MATCH (a:Article {document: $document})-[:IMPLEMENTS]->(b:Article {document: $base})
RETURN a.key AS article_key, b.key AS base_key
LIMIT $limit
