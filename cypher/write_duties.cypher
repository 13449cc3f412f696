UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MERGE (u:Duty {id: row.id})
SET u += row.props, u.document = $document, u.load_tag = $tag
MERGE (u)-[c:CITES]->(a)
SET c.document = $document, c.load_tag = $tag
WITH u, row
UNWIND row.holders AS holder
MATCH (o:Organ {id: holder})
MERGE (o)-[r:RESPONSIBLE_FOR]->(u)
SET r.document = $document, r.responsibility = row.props.responsibility,
    r.modality = row.props.modality, r.load_tag = $tag
