UNWIND $rows AS row
MERGE (o:Organ {id: row.id})
SET o += row, o.document = $document, o.load_tag = $tag
