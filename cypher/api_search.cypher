// Full-text search over article and duty texts (the cjk analyzer of the text_search index).
CALL db.index.fulltext.queryNodes('text_search', $query, {limit: $limit}) YIELD node, score
WHERE $document IS NULL OR node.document = $document
OPTIONAL MATCH (node)-[:CITES]->(a:Article)
RETURN CASE WHEN node:Duty THEN 'duty' ELSE 'article' END AS kind,
       node.id AS id, node.document AS document,
       coalesce(a.number, node.number) AS article, coalesce(a.key, node.key) AS article_key,
       coalesce(a.label, node.label) AS label,
       node.text AS text, node.start AS start, node.end AS end, score
ORDER BY score DESC
LIMIT $limit
