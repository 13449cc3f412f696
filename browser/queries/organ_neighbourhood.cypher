// 机构周边 An organ's neighbourhood: its duties, articles and every organ it is tied to
// Parameters:
//   document  a document id: 'cn-2016-tpgj', 'jx-tpgj'
//   organ     the organ's name or one of its aliases: '县级党委和政府', '审计署', '省委、省政府', …
// One step out in both directions over every relationship (duties, supervision, reports,
// guidance, assistance, membership, liability), plus the article each duty cites.
:param document => 'cn-2016-tpgj';
:param organ => '县级党委和政府';
MATCH (o:Organ {document: $document})
WHERE o.name = $organ OR $organ IN o.aliases
MATCH around = (o)-[]-(n)
OPTIONAL MATCH cited = (n:Duty)-[:CITES]->(:Article)
RETURN around, cited
LIMIT 300
