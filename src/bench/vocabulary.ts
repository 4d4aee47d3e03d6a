/*
 * Words the synthetic pack is built from: the vocabulary of a council restructure
 * (services, posts, grades, consultation and HR terms), so that search over a generated
 * pack meets the same kind of text, and the same spread of common and rare words, as a
 * real consultation. Every name here is invented.
 */

export interface Service {
  readonly name: string;
  /** Upper-case code used in post ids, e.g. `EH` in `EH-D-0012`. */
  readonly code: string;
  /** Specialisms that post titles in the service are built from. */
  readonly specialisms: readonly string[];
}

export const SERVICES: readonly Service[] = [
  { name: 'Early Help', code: 'EH', specialisms: ['Family Support', 'Parenting', 'Early Years', 'Youth Work', 'Outreach', 'Family Keyworker'] },
  { name: "Children's Social Care", code: 'CSC', specialisms: ['Child Protection', 'Children in Need', 'Assessment', 'Duty', 'Court', 'Family Group Conference'] },
  { name: 'Fostering and Adoption', code: 'FA', specialisms: ['Fostering', 'Adoption', 'Kinship Care', 'Family Placement', 'Recruitment', 'Panel'] },
  { name: 'Education Effectiveness', code: 'EE', specialisms: ['School Improvement', 'Standards', 'Governance', 'Leadership', 'Curriculum', 'Assessment'] },
  { name: 'Special Educational Needs', code: 'SEN', specialisms: ['SEN Casework', 'Educational Psychology', 'Inclusion', 'Statutory Assessment', 'Transition', 'Parent Partnership'] },
  { name: 'Youth Justice', code: 'YJ', specialisms: ['Youth Offending', 'Prevention', 'Reparation', 'Restorative Justice', 'Court', 'Bail Support'] },
  { name: "Children's Centres", code: 'CC', specialisms: ['Centre Management', 'Outreach', 'Childcare', 'Family Learning', 'Early Years', 'Speech and Language'] },
  { name: 'Admissions and Transport', code: 'AT', specialisms: ['Admissions', 'Home to School Transport', 'Appeals', 'Travel Assistance', 'Place Planning', 'Contracts'] },
  { name: 'Business Support', code: 'BS', specialisms: ['Administration', 'Finance', 'Data', 'Business Systems', 'Minute Taking', 'Reception'] },
  { name: 'Commissioning', code: 'COM', specialisms: ['Commissioning', 'Contracts', 'Market Development', 'Procurement', 'Joint Commissioning', 'Brokerage'] },
  { name: 'Quality Assurance', code: 'QA', specialisms: ['Independent Reviewing', 'Child Protection Conference', 'Audit', 'LADO', 'Practice Standards', 'Complaints'] },
  { name: 'Disabled Children', code: 'DC', specialisms: ['Short Breaks', 'Occupational Therapy', 'Transition', 'Direct Payments', 'Respite', 'Family Link'] },
  { name: 'Leaving Care', code: 'LC', specialisms: ['Personal Advice', 'Accommodation', 'Education Support', 'Virtual School', 'Independence', 'Mentoring'] },
  { name: 'Performance and Information', code: 'PI', specialisms: ['Performance', 'Data Analysis', 'Management Information', 'Research', 'Reporting', 'Systems'] },
  { name: 'Workforce Development', code: 'WD', specialisms: ['Training', 'Learning and Development', 'Social Work Academy', 'Induction', 'Coaching', 'Apprenticeships'] },
  { name: 'School Organisation', code: 'SO', specialisms: ['Pupil Place Planning', 'Capital Programme', 'Academy Conversion', 'School Organisation', 'Sufficiency', 'Early Years Funding'] },
  { name: 'Learning and Skills', code: 'LS', specialisms: ['Adult Learning', 'Skills', 'Work Experience', 'Careers Guidance', 'NEET Prevention', 'Employer Engagement'] },
  { name: 'Safeguarding Partnership', code: 'SP', specialisms: ['Safeguarding Training', 'Case Review', 'Policy', 'Multi-Agency Hub', 'Exploitation', 'Missing Children'] },
  { name: 'Family Placement', code: 'FP', specialisms: ['Placement Finding', 'Residential Care', 'Supported Lodgings', 'Placement Support', 'Special Guardianship', 'Contact'] },
  { name: 'Educational Psychology', code: 'EP', specialisms: ['Psychology', 'Trauma Support', 'Critical Incidents', 'Emotional Wellbeing', 'Consultation', 'Training'] },
  { name: 'Attendance and Welfare', code: 'AW', specialisms: ['Attendance', 'Child Employment', 'Elective Home Education', 'Children Missing Education', 'Exclusions', 'Welfare'] },
  { name: 'Participation', code: 'PA', specialisms: ['Participation', 'Youth Voice', 'Advocacy', 'Children in Care Council', 'Engagement', 'Consultation'] },
  { name: 'Health and Wellbeing', code: 'HW', specialisms: ['Teenage Pregnancy', 'Substance Misuse', 'Sexual Health', 'Emotional Health', 'Healthy Schools', 'Physical Activity'] },
  { name: 'Strategy and Policy', code: 'STP', specialisms: ['Policy', 'Strategy', 'Partnerships', 'Programme Management', 'Communications', 'Transformation'] },
];

/** Post title patterns by level: managers above, front-line and support roles below. */
export const MANAGER_ROLES = ['Service Manager', 'Area Manager', 'Operations Manager', 'Head of Service'] as const;
export const TEAM_LEAD_ROLES = ['Team Manager', 'Team Leader', 'Practice Manager', 'Senior Practitioner', 'Locality Manager'] as const;
export const WORKER_ROLES = [
  'Worker',
  'Practitioner',
  'Officer',
  'Adviser',
  'Coordinator',
  'Support Worker',
  'Assistant',
  'Development Officer',
  'Caseworker',
  'Administrator',
  'Specialist',
  'Analyst',
] as const;

export const AREAS = ['North', 'South', 'East', 'West', 'Central', 'City', 'Rural'] as const;

/** Place names are built from these, giving hundreds of distinct, realistic-looking names. */
const PLACE_STARTS = ['Ash', 'Brad', 'Carr', 'Dun', 'Elm', 'Fair', 'Gold', 'Hart', 'Kings', 'Lang', 'Marl', 'Nether', 'Oak', 'Pen', 'Queens', 'Red', 'Stan', 'Thorn', 'Upper', 'Wood', 'Wick', 'Bell', 'Cran', 'Hol', 'Mil', 'Rams', 'Sel', 'Whit', 'Bur', 'Chal'];
const PLACE_ENDS = ['ford', 'ton', 'bury', 'field', 'ley', 'wick', 'combe', 'ham', 'worth', 'dale', 'stead', 'bridge', 'hurst', 'minster', 'borough', 'well', 'moor', 'thorpe', 'ing', 'cote'];
export const PLACES: readonly string[] = PLACE_STARTS.flatMap((a) => PLACE_ENDS.map((b) => `${a}${b}`));

export const VENUE_KINDS = ['Civic Hall', 'Town Hall', 'Community Centre', 'Library', 'Conference Centre', 'Memorial Hall', 'Resource Centre'] as const;

export const FIRST_NAMES = [
  'Aaron', 'Abigail', 'Adam', 'Aisha', 'Alan', 'Alice', 'Alison', 'Amanda', 'Amir', 'Amy', 'Andrew', 'Angela', 'Anna', 'Anthony', 'Ava', 'Barbara',
  'Ben', 'Bethany', 'Bilal', 'Brian', 'Carl', 'Caroline', 'Catherine', 'Charlotte', 'Chloe', 'Chris', 'Claire', 'Colin', 'Craig', 'Daniel', 'David', 'Dawn',
  'Deborah', 'Dean', 'Denise', 'Diane', 'Duncan', 'Edward', 'Eleanor', 'Elizabeth', 'Emily', 'Emma', 'Eric', 'Faisal', 'Fiona', 'Frances', 'Gareth', 'Gary',
  'Gemma', 'Georgia', 'Gillian', 'Graham', 'Hannah', 'Harriet', 'Hassan', 'Heather', 'Helen', 'Ian', 'Imran', 'Isobel', 'Jack', 'Jacqueline', 'James', 'Jane',
  'Janet', 'Jasmine', 'Jason', 'Jennifer', 'Jessica', 'Joanne', 'John', 'Jonathan', 'Joseph', 'Julie', 'Karen', 'Kate', 'Keith', 'Kelly', 'Kevin', 'Laura',
  'Lauren', 'Lee', 'Leanne', 'Linda', 'Lisa', 'Louise', 'Lucy', 'Mark', 'Martin', 'Mary', 'Matthew', 'Megan', 'Michael', 'Michelle', 'Mohammed', 'Natalie',
  'Neil', 'Nicola', 'Nikhil', 'Olivia', 'Owen', 'Patricia', 'Paul', 'Peter', 'Philip', 'Priya', 'Rachel', 'Rebecca', 'Richard', 'Robert', 'Ruth', 'Ryan',
  'Sam', 'Samantha', 'Sandra', 'Sarah', 'Scott', 'Sharon', 'Simon', 'Sophie', 'Stephen', 'Steven', 'Stuart', 'Susan', 'Tariq', 'Teresa', 'Thomas', 'Tim',
  'Tracey', 'Usha', 'Victoria', 'Wayne', 'William', 'Yasmin', 'Yusuf', 'Zara', 'Zoe', 'Kwame', 'Ngozi', 'Wei', 'Mei', 'Piotr', 'Agnieszka', 'Siobhan',
];

export const SURNAMES = [
  'Adams', 'Ahmed', 'Ali', 'Allen', 'Atkinson', 'Bailey', 'Baker', 'Barnes', 'Bell', 'Bennett', 'Brooks', 'Brown', 'Butler', 'Campbell', 'Carter', 'Chapman',
  'Clark', 'Clarke', 'Cole', 'Collins', 'Cook', 'Cooper', 'Cox', 'Davies', 'Davis', 'Dixon', 'Edwards', 'Ellis', 'Evans', 'Fisher', 'Fletcher', 'Foster',
  'Fox', 'Gibson', 'Graham', 'Grant', 'Gray', 'Green', 'Griffiths', 'Hall', 'Harris', 'Harrison', 'Hart', 'Hill', 'Holmes', 'Hughes', 'Hunt', 'Hussain',
  'Jackson', 'James', 'Jenkins', 'Johnson', 'Jones', 'Kaur', 'Kelly', 'Khan', 'King', 'Knight', 'Lee', 'Lewis', 'Lloyd', 'Marshall', 'Martin', 'Mason',
  'Matthews', 'Mills', 'Mitchell', 'Moore', 'Morgan', 'Morris', 'Murphy', 'Murray', 'Nowak', 'Okafor', 'Owen', 'Palmer', 'Parker', 'Patel', 'Pearce', 'Phillips',
  'Powell', 'Price', 'Reid', 'Richards', 'Roberts', 'Robinson', 'Rogers', 'Rose', 'Russell', 'Saunders', 'Scott', 'Shah', 'Shaw', 'Simpson', 'Singh', 'Smith',
  'Stevens', 'Stewart', 'Taylor', 'Thomas', 'Thompson', 'Turner', 'Walker', 'Wallace', 'Ward', 'Watson', 'Webb', 'Wells', 'White', 'Williams', 'Wilson', 'Wood',
  'Wright', 'Young', 'Zhang', 'Chen', 'Mensah', 'Osei', 'Kowalski', "O'Brien", "O'Neill", 'McDonald', 'MacLeod', 'Begum', 'Rahman', 'Chowdhury', 'Nguyen', 'Silva',
];

/** Sentence parts for the consultation document and FAQ answers. */
export const NOUNS = [
  'service', 'structure', 'team', 'hub', 'locality', 'management tier', 'ring fence', 'selection pool', 'caseload', 'budget', 'saving', 'workforce',
  'function', 'commissioning plan', 'partnership', 'outcome', 'provision', 'early help offer', 'safeguarding arrangement', 'practice model', 'proposal',
  'job description', 'person specification', 'grade', 'capacity', 'duty rota', 'referral pathway', 'placement', 'contract', 'performance framework',
  'governance', 'accountability', 'delivery model', 'business support', 'assessment', 'intervention', 'review', 'transition', 'integrated team',
  'operating model', 'line management', 'supervision', 'quality assurance', 'data system', 'case management system', 'front door', 'triage', 'workload',
  'establishment', 'vacancy', 'secondment', 'redeployment', 'consultation period', 'preference sheet', 'interview', 'appointment', 'structure chart',
  'pay protection', 'trial period', 'redundancy payment', 'job evaluation', 'evaluated grade', 'building', 'base', 'office', 'travel arrangement',
];

export const VERBS = [
  'bring together', 'reduce', 'integrate', 'strengthen', 'align', 'redesign', 'deliver', 'streamline', 'protect', 'develop', 'review', 'combine',
  'transfer', 'replace', 'support', 'coordinate', 'commission', 'target', 'simplify', 'share', 'improve', 'extend', 'retain', 'consolidate', 'devolve',
];

export const ADJECTIVES = [
  'integrated', 'locality-based', 'targeted', 'statutory', 'multi-disciplinary', 'countywide', 'specialist', 'front-line', 'preventative', 'consistent',
  'efficient', 'sustainable', 'flexible', 'coherent', 'accountable', 'outcome-focused', 'joined-up', 'early', 'intensive', 'universal', 'proportionate',
];

export const GROUPS = [
  'children and young people', 'families', 'schools and settings', 'partner agencies', 'staff', 'managers', 'service users', 'parents and carers',
  'elected members', 'health colleagues', 'the voluntary sector', 'young people leaving care', 'foster carers', 'head teachers', 'trade unions',
];

export const REASONS = [
  'the reduction in government grant', 'the savings required by the medium term financial plan', 'feedback from service users',
  'the findings of the recent inspection', 'the review of management spans', 'the need to reduce duplication', 'rising demand for statutory services',
  'the move to locality working', 'the end of time-limited funding', 'the Business Strategy agreed by Cabinet',
];

/** Topics of the subsections that fill each service's part of the document. */
export const TOPICS = [
  'Current arrangements', 'Why change is needed', 'The proposed model', 'Locality working', 'Management arrangements', 'Front door and referrals',
  'Caseloads and workload', 'Business support arrangements', 'Commissioned services', 'Working with partners', 'Quality and performance',
  'Financial implications', 'Equality impact', 'Accommodation and bases', 'Transition to the new structure', 'Staff development', 'Risks and mitigation',
  'Engagement with service users', 'Information and data', 'Governance and accountability',
];

/** What staff ask about, for the synthetic FAQs: a question pattern with {service}, {role} and {place}. */
export const FAQ_PATTERNS = [
  'Will {service} {role}s have to move to a new base?',
  'What happens to {role} posts in {service}?',
  'Is the {service} team in {place} closing?',
  'Who will manage {role}s in {service} after the restructure?',
  'Will {service} keep a duty system in {place}?',
  'Do {role}s in {service} need to reapply for their jobs?',
  'How many {role} posts will there be in {service}?',
  'Will {service} work from the {place} hub?',
  'Can {role}s in {service} keep their current hours?',
  'What training will {service} {role}s get in the new structure?',
  'Will the {service} caseload limits change?',
  'Who do {service} staff talk to about the proposals?',
  'When will {service} job descriptions be published?',
  'Will {service} {role}s be ring-fenced for the new posts?',
  'Does the {place} office stay open for {service}?',
] as const;

export const FAQ_VARIANT_PATTERNS = [
  'Is {service} affected in {place}?',
  'What about {role}s in {service}?',
  'Are {service} posts changing?',
  '{service} {role} - what happens to us?',
] as const;

export const TAGS = [
  'relocation', 'hours', 'management', 'ring fence', 'selection', 'training', 'caseloads', 'job descriptions', 'bases', 'duty', 'redundancy', 'pay',
  'consultation', 'support', 'timeline', 'structure',
];
