// Nodes of the document that this load did not touch are stale.
CALL () {
  MATCH (n:Organ {document: $document}) RETURN n
  UNION MATCH (n:Duty {document: $document}) RETURN n
  UNION MATCH (n:Article {document: $document}) RETURN n
  UNION MATCH (n:Chapter {document: $document}) RETURN n
}
WITH n WHERE n.load_tag <> $tag
DETACH DELETE n
