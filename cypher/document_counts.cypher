// Node and relationship counts of one document.
MATCH (d:Document {id: $document})
CALL { WITH d MATCH (c:Chapter {document: d.id}) RETURN count(c) AS chapters }
CALL { WITH d MATCH (a:Article {document: d.id}) RETURN count(a) AS articles }
CALL { WITH d MATCH (o:Organ {document: d.id}) RETURN count(o) AS organs }
CALL { WITH d MATCH (u:Duty {document: d.id}) RETURN count(u) AS duties }
CALL { WITH d MATCH (o:Organ {document: d.id})-[r]->() WHERE type(r) <> 'RESPONSIBLE_FOR'
       RETURN count(r) AS relations }
RETURN chapters, articles, organs, duties, relations
