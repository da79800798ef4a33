/**
 * Name material for synthetic demo case files: common Belgian family names and first names by
 * language community, with the particles people actually type (Van den, De, Le, Von). Synthetic
 * combinations only: no real person's record.
 */
export const lastNames = {
  nl: [
    'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet',
    'Van den Berghe', 'Van der Linden', 'Van de Velde', 'Vandenberghe', 'De Vos', 'De Backer', 'Van Damme', 'Verhoeven',
    'Hermans', 'Michiels', 'Van Dyck', 'De Clercq', 'Aerts', 'Vermeulen', 'Lambrechts', 'Van Hoof', 'De Meyer',
    'Van Acker', 'Verstraete', 'Desmet', "D'Hondt", 'Van Mol', 'Coppens', 'Smets', 'Vermeersch', 'De Wilde',
  ],
  fr: [
    'Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Leclercq', 'Lejeune', 'Renard', 'Dupré',
    'Lefèbvre', 'François', 'Mathieu', 'Denis', 'Hubert', 'Lemaire', 'Collin', 'Gérard', 'Le Clercq', 'Du Bois',
    'Delvaux', 'Noël', 'Rousseau', 'Goffin', 'Dumont', 'Masson', 'Bastin', 'Piérard', 'Deprez', 'Jacquet',
    'Marchal', 'Lemoine', 'Thiry', 'Hennebert', 'Léonard', "L'Écuyer",
  ],
  de: [
    'Schmitz', 'Müller', 'Kessler', 'Lentz', 'Mreyen', 'Hilgers', 'Heinen', 'Cremer', 'Jost', 'Kohnen',
    'Von Frühbuss', 'Von der Heyden', 'Schröder', 'Pankert', 'Gennen', 'Thelen', 'Radermacher', 'Weynand',
  ],
} as const;

export const firstNames = {
  nl: {
    F: ['Emma', 'Marie', 'Lotte', 'An', 'Els', 'Sofie', 'Hanne', 'Lien', 'Griet', 'Fien', 'Jana', 'Anke'],
    M: ['Jan', 'Pieter', 'Wout', 'Bram', 'Koen', 'Stijn', 'Tom', 'Lucas', 'Jef', 'Dirk', 'Bart', 'Thijs'],
  },
  fr: {
    F: ['Marie', 'Sophie', 'Élise', 'Chloé', 'Camille', 'Léa', 'Nathalie', 'Anne-Sophie', 'Françoise', 'Amélie', 'Inès', 'Zoé'],
    M: ['Jean', 'Pierre', 'Luc', 'Olivier', 'François', 'Jérôme', 'Benoît', 'Hugo', 'Noah', 'Jean-Marc', 'Raphaël', 'Théo'],
  },
  de: {
    F: ['Anna', 'Lena', 'Jülie', 'Marlene', 'Sabine', 'Katrin', 'Ursula', 'Greta'],
    M: ['Jürgen', 'Klaus', 'Lukas', 'Matthias', 'Stefan', 'Jörg', 'Felix', 'Günther'],
  },
} as const;

export const streets = {
  nl: ['Stationsstraat', 'Kerkstraat', 'Dorpsstraat', 'Nieuwstraat', 'Molenstraat', 'Schoolstraat', 'Kapelstraat', 'Lindenlaan', 'Grote Markt', 'Veldstraat'],
  fr: ['Rue de la Station', "Rue de l'Église", 'Rue du Moulin', 'Avenue des Tilleuls', 'Place communale', 'Rue Haute', 'Chaussée de Namur', 'Rue des Écoles', 'Rue Saint-Jean', 'Boulevard Émile Jacqmain'],
  de: ['Bahnhofstraße', 'Kirchstraße', 'Hauptstraße', 'Aachener Straße', 'Marktplatz', 'Schulstraße', 'Klosterstraße', 'Lindenallee'],
} as const;

export const companyWords = {
  nl: ['Bouwwerken', 'Schrijnwerkerij', 'Bakkerij', 'Advies', 'Transport', 'Tuinaanleg', 'Elektriciteit', 'Consult'],
  fr: ['Construction', 'Menuiserie', 'Boulangerie', 'Conseil', 'Transports', 'Jardins', 'Électricité', 'Services'],
  de: ['Bauunternehmen', 'Schreinerei', 'Bäckerei', 'Beratung', 'Transporte', 'Gartenbau', 'Elektro', 'Dienstleistungen'],
} as const;

/** Belgian legal forms since the Code of companies and associations (2019). */
export const legalForms = ['SRL/BV', 'SA/NV', 'SC/CV', 'SNC/VOF', 'SComm/CommV'] as const;
