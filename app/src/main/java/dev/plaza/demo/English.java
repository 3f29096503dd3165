package dev.plaza.demo;

import static dev.plaza.demo.Phrase.AGREE;
import static dev.plaza.demo.Phrase.ANSWER;
import static dev.plaza.demo.Phrase.BRAND_ANSWER;
import static dev.plaza.demo.Phrase.BRAND_LAUNCH;
import static dev.plaza.demo.Phrase.BRAND_NEWS;
import static dev.plaza.demo.Phrase.BRAND_RIDE;
import static dev.plaza.demo.Phrase.BRAND_SORRY;
import static dev.plaza.demo.Phrase.BRAND_THANKS;
import static dev.plaza.demo.Phrase.BRAND_TIP;
import static dev.plaza.demo.Phrase.CHEER;
import static dev.plaza.demo.Phrase.CITY;
import static dev.plaza.demo.Phrase.COMPLAINT;
import static dev.plaza.demo.Phrase.FOLLOW_UP;
import static dev.plaza.demo.Phrase.IDEA;
import static dev.plaza.demo.Phrase.LAUNCH;
import static dev.plaza.demo.Phrase.LAUNCH_TOO;
import static dev.plaza.demo.Phrase.PRAISE;
import static dev.plaza.demo.Phrase.PRAISE_TOO;
import static dev.plaza.demo.Phrase.QUESTION;
import static dev.plaza.demo.Phrase.RIDE;
import static dev.plaza.demo.Phrase.RIDE_TOO;
import static dev.plaza.demo.Phrase.SPAM;
import static dev.plaza.demo.Phrase.THANKS;
import static dev.plaza.demo.Phrase.TIP;
import static dev.plaza.demo.Phrase.TIP_TOO;

/** The demo community's English: every phrase has templates here, so other languages may leave some out. */
final class English {

    static final Phrasebook BOOK = new Phrasebook("en")
            .say(QUESTION,
                    "Does anyone know how to adjust the {part} on a Fernhill {product}? Mine has been {problem} since last week.",
                    "Thinking about a {product} for my daily commute in {city}. Is it worth it over a regular bike?",
                    "What's the best way to lock a {product} outside a train station? Any tips for {city}?",
                    "How often should I service the {part}? I ride about {km} km a week, mostly in the rain.",
                    "Is the {product} OK with a child seat on the back? Looking for experiences before we buy.",
                    "Quick question: what tyre pressure do you all run on a {product} for city streets?",
                    "Has anyone taken a {product} on a train in {city}? Wondering if it fits in the bike spaces.",
                    "Where do you get the {part} replaced in {city}? My local shop says three weeks.",
                    "Is there a size guide for the Fernhill {product}? I'm {height} cm and between sizes.",
                    "How do you keep your hands warm on winter commutes? Glove recommendations welcome.",
                    "What's your route into the centre of {city}? Trying to avoid {road}.",
                    "Can the {product} take a front basket and panniers at the same time?")
            .say(PRAISE,
                    "I love my Fernhill {product}! {km} km this month and it still feels brand new.",
                    "Two years on my {product} and it still makes me smile every morning. Best thing I ever bought.",
                    "Left the car at home for the school run all week. The {product} carried two kids and the shopping.",
                    "Shout-out to the Fernhill team: asked about my {part} and had an answer within the hour.",
                    "Rode to work through {city} in the sunshine today. The {product} just glides.",
                    "My {product} turned a 40-minute bus ride into 20 minutes along the river. Not going back.",
                    "Finally took the {product} on a weekend trip. Comfortable, quiet, and fine on gravel too.",
                    "The new bike lane on {road} plus my {product} = the best commute I've ever had.",
                    "If you need a cargo bike in {city}, you should try Fernhill. My {product} has done {km} km without a fuss.",
                    "Switched to a Fernhill {product} last spring and love it. Highly recommend it for {city}'s hills.")
            .say(COMPLAINT,
                    "The {part} on my {product} is {problem} again after only three months. Not impressed.",
                    "Six weeks waiting for a replacement {part} for my {product}. Any news?",
                    "The kickstand on the {product} can't hold it with a full load. It tipped over twice this week.",
                    "Love the bike, but the {part} keeps {problem} in the rain. Is that normal?",
                    "Ordered a {product} in {month}, still no delivery date. Getting frustrated.",
                    "Cars parked in the bike lane on {road} again. Every single morning in {city}.",
                    "The battery of my {product} shows 80% and then dies after 15 km. Help?")
            .say(TIP,
                    "Tip: a drop of chain oil every two weeks keeps the {part} quiet, even in {city}'s rain.",
                    "Commuter tip: a spare tube and a mini pump in the frame bag. Saved me twice this month.",
                    "If your {part} is {problem}, check the cable tension before anything else. Two minutes, fixed.",
                    "Lights on, even in daylight. Drivers in {city} see you much earlier.",
                    "Winter tip: let a little air out of your tyres for grip on wet cobbles.",
                    "Use two locks of different types: thieves usually carry the tools for one.",
                    "Route tip for {city}: the path along the river is calmer than {road} and only three minutes longer.")
            .say(CITY,
                    "{city} just opened a protected bike lane on {road}. More of this, please.",
                    "Counted {count} bikes at the lights on {road} this morning. The city is changing.",
                    "Why is there still no secure bike parking at {city} central station?",
                    "Started a petition for a safe school route in {city}. Parents on bikes, sign up!",
                    "Car-free Sunday in {city} today: kids everywhere on bikes. This is what streets are for.",
                    "The new bike bridge in {city} cut my commute by ten minutes.",
                    "Painted lines are not bike infrastructure. {city} can do better on {road}.")
            .say(RIDE,
                    "Who's coming to {event}? I'll be at the start with coffee.",
                    "The route for {event} looks lovely: flat, along the water, and a stop for ice cream.",
                    "What a day at {event}! {count} riders, kids on tag-alongs, zero cars.",
                    "First group ride ever at {event}. Everyone was so welcoming.",
                    "Photos from {event} are up! My favourite: the cargo bike with the sound system.")
            .say(LAUNCH,
                    "The new {launch} looks amazing. Is the battery removable?",
                    "Just watched the {launch} reveal. Finally a cargo bike that fits in my hallway!",
                    "Pre-ordered the {launch}! Anyone know when the first deliveries go out?",
                    "The {launch} is not cheap, but if it replaces our second car it pays for itself.",
                    "Test-rode the {launch} today. The steering takes a minute, then it's brilliant.")
            .say(IDEA,
                    "Idea: a rear rack for the {product} that fits standard panniers",
                    "Idea: bring back {colour} for the {product}",
                    "Idea: a repair café at Fernhill shops every first Saturday",
                    "Idea: a loan bike while mine is in for a service",
                    "Idea: a kids' version of the {product}",
                    "Idea: publish the torque specs for every bolt in the manual")
            .say(SPAM,
                    "Claim your free FERN token airdrop now!!! Connect your wallet at fern-rewards.example",
                    "100x bike token presale, only 50 spots left, DM me")
            .say(ANSWER,
                    "I had the same with my {part}. A shop in {city} fixed it in a day: ask for a cable adjustment.",
                    "Check the manual, page {page}: there's a step-by-step for exactly that.",
                    "I run about {psi} psi and it's fine on cobbles.",
                    "Yes! We've done it for a year with two kids. Just get the longer kickstand.",
                    "Try the path along the river, much calmer than the main road.",
                    "Mine did that too until I tightened the {part}. Worth a try before you take it in.",
                    "The Fernhill shop in {city} sorted mine out the same day.")
            .say(AGREE,
                    "Same here, couldn't agree more.",
                    "This! Exactly my experience in {city}.",
                    "+1, would love to see that too.",
                    "So true. What a difference a bike lane makes.",
                    "Yes, yes, yes.")
            .say(THANKS,
                    "Thanks, that worked!",
                    "Brilliant, thank you. Will try it this weekend.",
                    "Thanks for the tip!",
                    "That fixed it, you're a star.")
            .say(FOLLOW_UP,
                    "Did you ever find a fix for this?",
                    "Following, I have the same question.",
                    "Any update? Mine does the same.")
            .say(CHEER,
                    "Love this!",
                    "Great news. Wish we had that in {city}.",
                    "Finally! Took long enough.",
                    "This is how it should be everywhere.",
                    "Sharing this with our city council.")
            .say(PRAISE_TOO,
                    "Mine too! Best bike I've owned.",
                    "Same experience with my {product}. Two years and not a single problem.",
                    "Love reading this. Mine arrives next month!",
                    "Agreed, the {product} is a joy in the city.")
            .say(TIP_TOO,
                    "Good one. I'd add: always carry a spare chain link.",
                    "Learned this the hard way. Thanks for posting!",
                    "Saving this for the winter.",
                    "Works for me too, even on cobbles.")
            .say(RIDE_TOO,
                    "See you there!",
                    "Count me in, bringing the kids.",
                    "Is there a slower group? Asking for my legs.",
                    "Great photos, what a day!",
                    "Can I join on a folding bike?")
            .say(LAUNCH_TOO,
                    "What's the range with a full load?",
                    "Can't wait to try one in {city}.",
                    "Will there be a test ride day in {city}?",
                    "Ordered mine!",
                    "Does it fit in a lift? Asking for my fourth-floor flat.")
            .say(BRAND_NEWS,
                    "New in the Fernhill journal: how {city} doubled its bike commuters in five years.",
                    "The {product} is back in stock in every size.",
                    "Workshop Wednesday: bring your bike to any Fernhill shop for a free safety check.",
                    "We're hiring a community mechanic in {city}!",
                    "Our spring service kits are here: brake pads, chain, and a tube for {product} owners.")
            .say(BRAND_TIP,
                    "Fernhill tip: check your tyre pressure every two weeks. Soft tyres mean more effort and more punctures.",
                    "Fernhill tip: clean and oil your chain after every wet week. Your gears will thank you.",
                    "Fernhill tip: a bright rear light and a bell are the cheapest safety upgrades there are.")
            .say(BRAND_LAUNCH,
                    "Meet the {launch}: our first electric cargo bike, built for the school run and the weekly shop. Available from today.",
                    "The {launch} is here! Two kids or 80 kg of shopping, and it still fits through a standard door.",
                    "Thank you for the incredible welcome for the {launch}. First deliveries start in April.")
            .say(BRAND_RIDE,
                    "Save the date: {event} rolls through {city} on 14 June. Everyone welcome, all bikes, all speeds.",
                    "One week to {event}! Route, meeting points and the kids' loop are on our site.",
                    "Thank you to everyone who came to {event}. Share your photos with us!")
            .say(BRAND_ANSWER,
                    "Thanks for asking! There's a step-by-step guide for this at fernhill.example/help. If that doesn't sort it, any Fernhill partner shop will check your bike for free.",
                    "Great question! Short answer: yes. The details are at fernhill.example/help, and we're happy to help by DM too.",
                    "Hi! Our workshop team says: start with the cable tension and the tyre pressure, that fixes most cases. Still stuck? Send us a DM.",
                    "Thanks for riding a Fernhill! We've sent you a DM with the details for your bike.")
            .say(BRAND_SORRY,
                    "Sorry to hear that! Could you send us your order number by DM? We'll sort out the {part} right away.",
                    "That shouldn't happen. We've passed this to our workshop team and will get back to you today.",
                    "We're sorry for the wait. Replacement parts ship again next week; we'll update you personally.")
            .say(BRAND_THANKS,
                    "This made our day, thank you! Ride safe.",
                    "Love this! Thanks for riding with us.",
                    "Thank you! Stories like this are why we build bikes.")
            .words("product", "Commuter 7", "Courier", "Folder", "Arc", "Roamer", "Step-Through 3", "Kid 20")
            .words("part", "brakes", "gears", "chain", "kickstand", "front light", "hub motor", "rear rack",
                    "mudguards")
            .words("problem", "squeaking", "slipping", "rattling", "rubbing", "clicking")
            .words("city", "Utrecht", "Lyon", "Leipzig", "Portland", "Valencia", "Ghent", "Montréal", "Melbourne",
                    "Bogotá", "Copenhagen", "Bristol", "Vienna")
            .words("road", "Station Road", "the ring road", "Canal Street", "the harbour road", "the old bridge",
                    "Market Street")
            .words("month", "January", "February", "March", "April", "May", "June")
            .words("colour", "forest green", "sunset orange", "sky blue")
            .hashtags("#citycycling", "#bikecommute", "#cargobike", "#bikelanes", "#cycling", "#fernhill");

    private English() {
    }
}
