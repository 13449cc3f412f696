// 监督树 Supervision tree from the top: organs nobody supervises, and everything below them
// Parameters:
//   document  a document id: 'cn-2016-tpgj', 'jx-tpgj'
// The roots supervise someone and are supervised by no organ of the document; each path follows
// SUPERVISES down (up to five steps), with the bodies a supervisor is PART_OF shown above it.
:param document => 'cn-2016-tpgj';
MATCH (root:Organ {document: $document})-[:SUPERVISES]->()
WHERE NOT EXISTS { MATCH (:Organ)-[:SUPERVISES]->(root) }
WITH DISTINCT root
MATCH tree = (root)-[:SUPERVISES*1..5]->(:Organ)
OPTIONAL MATCH body = (root)-[:PART_OF]->(:Organ)
RETURN tree, body
