// Reward and penalty articles: those in a chapter whose title holds one of $words (奖惩, 责任追究…),
// or, in a document without chapters, whose opening holds one.
MATCH (c:Chapter {document: $document})
WITH c, replace(replace(c.title, ' ', ''), '　', '') AS title
WHERE any(w IN $words WHERE title CONTAINS w)
MATCH (a:Article)-[:IN_CHAPTER]->(c)
RETURN a {.id, .document, .number, .key, .label, .text, .start, .end} AS article, c.title AS chapter
ORDER BY a.start
LIMIT $limit
UNION
MATCH (a:Article {document: $document})
WHERE NOT EXISTS { MATCH (a)-[:IN_CHAPTER]->(:Chapter) }
  AND any(w IN $words WHERE left(a.text, 30) CONTAINS w)
RETURN a {.id, .document, .number, .key, .label, .text, .start, .end} AS article, null AS chapter
ORDER BY a.start
LIMIT $limit
