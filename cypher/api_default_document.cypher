// The document to answer from when a question names none: one of the genre (a title word of
// $genre_titles) first, then the highest level, then the id; $place (or null) keeps the documents
// whose jurisdiction or title has it. Ordered over every document, not a listing's first page.
MATCH (d:Document)
WHERE $place IS NULL OR d.jurisdiction CONTAINS $place OR d.title CONTAINS $place
RETURN d.id AS id
ORDER BY any(word IN $genre_titles WHERE d.title CONTAINS word) DESC,
         coalesce($level_rank[d.level], 99),
         d.id
LIMIT 1
