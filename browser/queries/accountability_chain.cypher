// 问责链 Accountability chain: who bears a matter at a level, and who is above them
// Parameters (edit the values, then run the whole favourite; the Browser runs :param first):
//   document  a document id: 'cn-2016-tpgj', 'jx-tpgj' (MATCH (d:Document) RETURN d.id lists them)
//   topic     the matter, a DESIGN.md topic: 'fund', 'exit', 'project', 'assessment', …
//   level     the bearers' level: 'central', 'provincial', 'municipal', 'county', 'township', 'village'
// Shows each bearer's duty on the matter (or its 首要/主体责任, 第一责任人) with its article, then
// up to three steps up: the bodies it is PART_OF, whom it REPORTS_TO, who SUPERVISES it or its body.
:param document => 'cn-2016-tpgj';
:param topic => 'fund';
:param level => 'county';
MATCH duty = (o:Organ {document: $document, level: $level})-[:RESPONSIBLE_FOR]->(d:Duty)-[:CITES]->(:Article)
WHERE $topic IN d.topics OR d.responsibility IN ['首要责任', '主体责任', '第一责任人']
RETURN duty,
       COLLECT { MATCH up = (o)-[:PART_OF|REPORTS_TO*1..3]->(:Organ) RETURN up } AS up,
       COLLECT {
         MATCH sup = (o)-[:PART_OF*0..1]->(:Organ)<-[:SUPERVISES]-(:Organ)-[:PART_OF|REPORTS_TO*0..2]->(:Organ)
         RETURN sup
       } AS supervised
ORDER BY d.start
