// Relationships around the document's nodes that this load did not touch are stale.
CALL () {
  MATCH (n:Organ {document: $document}) RETURN n
  UNION MATCH (n:Duty {document: $document}) RETURN n
  UNION MATCH (n:Article {document: $document}) RETURN n
  UNION MATCH (n:Chapter {document: $document}) RETURN n
}
MATCH (n)-[r]-()
WHERE r.document = $document AND r.load_tag <> $tag
WITH DISTINCT r
DELETE r
