// Remove a document and every node that belongs to it.
CALL () {
  MATCH (n:Organ {document: $document}) RETURN n
  UNION MATCH (n:Duty {document: $document}) RETURN n
  UNION MATCH (n:Article {document: $document}) RETURN n
  UNION MATCH (n:Chapter {document: $document}) RETURN n
  UNION MATCH (n:Document {id: $document}) RETURN n
}
DETACH DELETE n
