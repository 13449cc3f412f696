// The stored source and checksum of a document id, if any.
MATCH (d:Document {id: $document})
RETURN d.source AS source, d.sha256 AS sha256
