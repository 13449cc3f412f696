// Every node of the given documents: the Document nodes themselves and every node stamped with
// one of their ids (Chapter, Article, Organ, Duty). The load tag is bookkeeping, not a fact.
MATCH (n)
WHERE (n:Document AND n.id IN $documents) OR n.document IN $documents
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY id
