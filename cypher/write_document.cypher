MERGE (d:Document {id: $document.id})
SET d += $document, d.loaded_at = datetime(), d.load_tag = $tag
