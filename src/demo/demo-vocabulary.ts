/** The word lists and shape factors the demo generator draws from: categories, products, places, names, seasons. */
export const CATEGORIES: [number, string, string][] = [
  [1, 'Electronics', 'Audio, computer accessories, wearables and other consumer electronics'],
  [2, 'Home & Kitchen', 'Cookware, small appliances and home textiles'],
  [3, 'Clothing', 'Apparel for men and women: tops, bottoms and outerwear'],
  [4, 'Books', 'Fiction and non-fiction in hardcover, paperback and audiobook formats'],
  [5, 'Sports & Outdoors', 'Fitness equipment, camping and hiking gear'],
  [6, 'Toys & Games', 'Board games, puzzles, building sets and toys for children'],
  [7, 'Beauty', 'Skin care, hair care and cosmetics'],
  [8, 'Grocery', 'Packaged food and drinks'],
];

/** Per category: ten product lines with a base price, and three brands or formats; "%s" is the line. */
export const PRODUCT_LINES: Record<number, { lines: [string, number][]; variants: [string, number][] }> = {
  1: {
    lines: [
      ['Wireless Earbuds', 79], ['Bluetooth Speaker', 59], ['Noise-Cancelling Headphones', 199],
      ['27-inch 4K Monitor', 329], ['Mechanical Keyboard', 99], ['Wireless Mouse', 29], ['USB-C Hub', 39],
      ['Smartwatch', 249], ['Portable Charger', 35], ['HD Webcam', 69],
    ],
    variants: [['Voltix %s', 1], ['Nimbus %s', 0.85], ['Arcwave %s Pro', 1.3]],
  },
  2: {
    lines: [
      ["Chef's Knife", 49], ['Nonstick Frying Pan', 39], ['Stand Mixer', 279], ['Drip Coffee Maker', 89],
      ['Air Fryer', 119], ['Bamboo Cutting Board Set', 29], ['Cast Iron Skillet', 45], ['Countertop Blender', 69],
      ['Bath Towel Set', 35], ['Cotton Sheet Set', 79],
    ],
    variants: [['HearthLine %s', 1], ['Kitchara %s', 0.8], ['Oakmere %s', 1.35]],
  },
  3: {
    lines: [
      ['Crew Neck T-Shirt', 19], ['Slim Fit Jeans', 59], ['Hooded Sweatshirt', 45], ['Rain Jacket', 89],
      ['Wool Sweater', 69], ['Running Shorts', 25], ['Oxford Shirt', 49], ['Chino Pants', 54], ['Puffer Vest', 79],
      ['Merino Socks 3-Pack', 22],
    ],
    variants: [['Northbound %s', 1], ['Urban Thread %s', 0.8], ['Coastal Co. %s', 1.25]],
  },
  4: {
    lines: [
      ['The Silent Harbor', 16], ['Atlas of Small Wonders', 24], ['Practical SQL for Analysts', 35],
      ['The Midnight Orchard', 15], ['Cooking with Cast Iron', 22], ['A Brief History of Maps', 19],
      ['The Last Lighthouse Keeper', 14], ['Mindful Money', 18], ['The Kitchen Garden Year', 21],
      ['Stars over Sonora', 13],
    ],
    variants: [['%s (Paperback)', 1], ['%s (Hardcover)', 1.7], ['%s (Audiobook)', 1.3]],
  },
  5: {
    lines: [
      ['Yoga Mat', 29], ['Adjustable Dumbbells', 199], ['4-Person Camping Tent', 149], ['Hiking Backpack', 89],
      ['Insulated Water Bottle', 25], ['Trail Running Shoes', 119], ['Resistance Band Set', 22],
      ['Down Sleeping Bag', 79], ['Bike Helmet', 55], ['Foam Roller', 24],
    ],
    variants: [['Summit Gear %s', 1], ['TrailCraft %s', 0.85], ['PeakForm %s', 1.2]],
  },
  6: {
    lines: [
      ['Building Blocks Set', 49], ['Strategy Board Game', 39], ['1000-Piece Jigsaw Puzzle', 19],
      ['Remote Control Car', 59], ['Plush Teddy Bear', 18], ['Family Card Game', 12], ['Junior Science Kit', 34],
      ['Wooden Dollhouse', 89], ['Wooden Train Set', 44], ['Art Supplies Kit', 27],
    ],
    variants: [['Brightbox %s', 1], ['PlayNest %s', 0.85], ['Kiddo Labs %s', 1.2]],
  },
  7: {
    lines: [
      ['Moisturizing Cream', 24], ['Vitamin C Serum', 32], ['Sunscreen SPF 50', 18], ['Argan Oil Shampoo', 12],
      ['Repair Conditioner', 12], ['Lip Balm Set', 9], ['Gentle Face Cleanser', 15], ['Ionic Hair Dryer', 69],
      ['Eyeshadow Palette', 29], ['Shea Body Lotion', 14],
    ],
    variants: [['Lumiere %s', 1], ['Pure Bloom %s', 0.8], ['Verdana Skin %s', 1.4]],
  },
  8: {
    lines: [
      ['Ground Coffee 1 lb', 13], ['Green Tea 40 ct', 7], ['Extra Virgin Olive Oil', 15], ['Dark Chocolate Bar', 4],
      ['Trail Mix', 9], ['Pure Maple Syrup', 12], ['Organic Honey', 11], ['Marinara Pasta Sauce', 6],
      ['Maple Pecan Granola', 7], ['Sparkling Water 12-Pack', 8],
    ],
    variants: [['Harvest Lane %s', 1], ['Golden Acre %s', 0.85], ['Blue Pantry %s', 1.25]],
  },
};

/** State, share of customers in percent, cities (the first is the most common); no city name is in two states. */
export const STATES: [string, number, string[]][] = [
  ['CA', 12, ['Los Angeles', 'San Diego', 'San Jose', 'San Francisco', 'Sacramento', 'Fresno', 'Oakland']],
  ['TX', 9, ['Houston', 'Dallas', 'Austin', 'San Antonio', 'Fort Worth']],
  ['FL', 7, ['Miami', 'Orlando', 'Tampa', 'Jacksonville']],
  ['NY', 6.5, ['New York', 'Buffalo', 'Rochester', 'Albany']],
  ['PA', 4, ['Philadelphia', 'Pittsburgh', 'Allentown']],
  ['IL', 4, ['Chicago', 'Naperville', 'Springfield']],
  ['OH', 3.5, ['Columbus', 'Cleveland', 'Cincinnati']],
  ['GA', 3.3, ['Atlanta', 'Savannah', 'Augusta']],
  ['NC', 3.3, ['Charlotte', 'Raleigh', 'Durham']],
  ['MI', 3, ['Detroit', 'Grand Rapids', 'Ann Arbor']],
  ['NJ', 2.8, ['Newark', 'Jersey City', 'Princeton']],
  ['VA', 2.6, ['Virginia Beach', 'Richmond', 'Arlington']],
  ['WA', 2.5, ['Seattle', 'Spokane', 'Tacoma']],
  ['AZ', 2.3, ['Phoenix', 'Tucson', 'Mesa']],
  ['MA', 2.2, ['Boston', 'Cambridge', 'Worcester']],
  ['TN', 2.1, ['Nashville', 'Memphis', 'Knoxville']],
  ['IN', 2, ['Indianapolis', 'Fort Wayne']],
  ['CO', 1.9, ['Denver', 'Colorado Springs', 'Boulder']],
  ['MN', 1.8, ['Minneapolis', 'Saint Paul', 'Duluth']],
  ['WI', 1.8, ['Milwaukee', 'Madison']],
  ['MD', 1.8, ['Baltimore', 'Annapolis']],
  ['MO', 1.8, ['Kansas City', 'St. Louis']],
  ['SC', 1.6, ['Charleston', 'Columbia']],
  ['AL', 1.5, ['Birmingham', 'Huntsville']],
  ['LA', 1.4, ['New Orleans', 'Baton Rouge']],
  ['KY', 1.3, ['Louisville', 'Lexington']],
  ['OR', 1.3, ['Portland', 'Eugene', 'Salem']],
  ['OK', 1.2, ['Oklahoma City', 'Tulsa']],
  ['CT', 1.1, ['Hartford', 'New Haven']],
  ['IA', 1, ['Des Moines', 'Cedar Rapids']],
  ['NV', 1, ['Las Vegas', 'Reno']],
  ['UT', 1, ['Salt Lake City', 'Provo']],
  ['AR', 0.9, ['Little Rock', 'Fayetteville']],
  ['MS', 0.9, ['Jackson', 'Gulfport']],
  ['KS', 0.9, ['Wichita', 'Overland Park']],
  ['NM', 0.6, ['Albuquerque', 'Santa Fe']],
  ['NE', 0.6, ['Omaha', 'Lincoln']],
  ['ID', 0.6, ['Boise']],
  ['HI', 0.4, ['Honolulu']],
  ['NH', 0.4, ['Manchester']],
  ['ME', 0.4, ['Bangor']],
];

export const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William',
  'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Carlos', 'Karen', 'Daniel', 'Lisa',
  'Matthew', 'Nancy', 'Anthony', 'Sophia', 'Mark', 'Ashley', 'Wei', 'Emily', 'Andrew', 'Olivia', 'Joshua', 'Emma',
  'Kevin', 'Priya', 'Brian', 'Maria', 'Luis', 'Grace', 'Aiden', 'Chloe', 'Omar', 'Hannah', 'Ethan', 'Mei',
  'Noah', 'Isabella', 'Jamal', 'Ava',
];

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee',
  'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young',
  'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker',
  'Chen', 'Patel', "O'Brien", 'Kim', 'Rivera', 'Campbell',
];

export const EMAIL_DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'proton.me'];

/** Share of orders by calendar month relative to the average month: Q4 peaks, Q1 is the low season. */
export const MONTH_FACTORS = [0.75, 0.72, 0.8, 0.88, 0.92, 0.9, 0.92, 0.98, 0.95, 1.05, 1.45, 1.7];

/** Chance an item is returned, by category id (Clothing has sizes, Grocery is rarely returned). */
export const RETURN_CHANCE: Record<number, number> = { 1: 0.085, 2: 0.065, 3: 0.15, 4: 0.035, 5: 0.065, 6: 0.05, 7: 0.05, 8: 0.02 };
