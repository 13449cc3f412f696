// One step out from the given organs, both directions, over organ-to-organ relationships.
UNWIND $ids AS id
MATCH (o:Organ {id: id})
CALL (o) {
  MATCH (o)-[r:SUPERVISES|GUIDES|ASSISTS|REPORTS_TO|PART_OF]->(n:Organ)
  RETURN r, n
  UNION
  MATCH (o)<-[r:SUPERVISES|GUIDES|ASSISTS|REPORTS_TO|PART_OF]-(n:Organ)
  RETURN r, n
}
WITH DISTINCT r, n
RETURN n {.id, .name, .level, .kind, .document} AS neighbour,
       {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,
        article: r.article, evidence: r.evidence, start: r.start, end: r.end} AS edge
LIMIT $limit
