/** Addresses of the stored copies read for the benefit rule tables. */
export const SOURCES = {
  rsvzBridgingRight:
    'https://www.rsvz-inasti.fgov.be/nl/faq/ik-moet-mijn-zaak-noodgedwongen-onderbreken-stopzetten-door-economische-moeilijkheden-wat-nu',
  rsvzReform2023:
    'https://www.rsvz-inasti.fgov.be/nl/nieuws/nieuwe-maatregelen-voor-zelfstandigen-vanaf-1-januari-2023',
  partenaReform2023:
    'https://www.partena-professional.be/nl/onze-inzichten/infoflashes/hervorming-van-het-overbruggingsrecht-2023',
  ucmBridgingRight:
    'https://www.ucm.be/faq/je-cessetransmets/je-suis-force-dinterrompre-mon-activite-dindependant-ai-je-droit-des-aides',
  billyBridgingRight: 'https://billy.tech/droit-passerelle/',
  boekhouderBridgingRight: 'https://www.boekhouder.be/zelfstandige/faq/corona-wanneer-recht-op-overbruggingsrecht',
  boekhouderConditions:
    'https://www.boekhouder.be/zelfstandige/faq/corona-kan-je-meerdere-keren-beroep-doen-op-overbruggingsrecht',
  mcBridgingRight:
    'https://mc.be/en-marche/vos-droits/emploi/le-droit-passerelle-une-aide-pour-independants-en-difficulte',
  vlaioIndexation: 'https://www.vlaio.be/nl/subsidies-financiering/subsidiedatabank/wijzigingen/3585',
  liantisMaternity: 'https://www.liantis.be/fr/devenir-independant/cotisations-sociales/droits/maternite/conditions',
  liantisMotherBlog: 'https://blog.liantis.be/fr/comptable-et-expert-comptable/mere-independante',
  brusselsFamily: 'https://staging.brusselsfamily.be/?p=8748',
  droitsQuotidiens:
    'https://www.droitsquotidiens.be/fr/question/ai-je-droit-des-titres-services-gratuits-en-tant-que-jeune-mere-independante',
  rsvzIllness: 'https://www.rsvz-inasti.fgov.be/nl/faq/wat-met-mijn-sociale-bijdragen-als-ik-ziek-ben',
  attentiaIllness:
    'https://www.attentia.be/nl/faq/wat-moet-ik-doen-als-ik-tijdelijk-mijn-activiteiten-als-zelfstandige-wil-stopzetten-wegens',
  carbofiscIllness: 'https://www.carbofisc.be/moet-tijdens-ziekte-sociale-bijdragen-blijven-betalen/',
  liantisContinued: 'https://www.liantis.be/nl/ik-ben-zelfstandige/statuut-zaak-wijzigen/voortgezette-verzekering',
  unizoContinued: 'https://www.unizo.be/model-contract/aanvraag-voortgezette-verzekering',
  sfpPensionAge: 'https://www.onprvp.fgov.be/FR/profes/benefits/retirement/age/Pages/default.aspx',
  moneytalkPensionAge:
    'https://moneytalk.levif.be/finance-et-bourse/pensions/l-age-de-la-pension-a-67-ans-qu-est-ce-que-cela-signifie-pour-vous/article-normal-419119.html',
  degPensionAge:
    'https://blog.degandpartners.com/fr/article/la-pension-passe-a-66-ans-en-2025-quelle-est-la-nouvelle-realite-pour-les-travailleurs-belges/25548',
} as const;
