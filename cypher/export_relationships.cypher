// Every relationship that starts at a node of $documents and ends at a node of $within
// (structure edges such as IN_DOCUMENT carry no `document` property, so the ends decide).
MATCH (a)-[r]->(b)
WHERE ((a:Document AND a.id IN $documents) OR a.document IN $documents)
  AND ((b:Document AND b.id IN $within) OR b.document IN $within)
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props
ORDER BY source, type, target, props.id, props.start
