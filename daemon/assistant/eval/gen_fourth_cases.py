# Cases for the fourth shop (fourth-kb/, a pet-supplies shop in Ghent).
# Written from its KB alone, before the assistant was ever run on it; its
# first run is recorded in docs/assistant.md and it is never tuned on.
# Usage: python3 gen_fourth_cases.py > fourth-cases.jsonl
import json

C = []


def c(cust, msgs, esc, intent, art=None, mm=(), mnm=()):
    if isinstance(msgs, str):
        msgs = [msgs]
    C.append(dict(customerId=cust, messages=msgs,
                  expect=dict(escalate=esc, intent=intent, article=art,
                              mustMention=list(mm), mustNotMention=list(mnm))))


# --- social ---------------------------------------------------------------
c("pc-101", "hi!", False, "greeting")
c("pc-102", "good afternoon", False, "greeting")
c("pc-103", "Hallo", False, "greeting")
c("pc-104", ["do you take PayPal?", "super, thanks a lot"], False, "thanks")
c("pc-105", "thank you, that's all I needed", False, "thanks")
c("pc-106", "Merci beaucoup !", False, "thanks")
c("pc-107", "ok bye", False, "goodbye")
c("pc-108", "that's everything, have a nice evening, bye", False, "goodbye")

# --- orders -----------------------------------------------------------------
c("pc-101", "where is my order HP-30412?", False, "order_status", None, ["shipped", "323299000001234567"], ["delivered"])
c("pc-101", "has HP-30415 arrived yet", False, "order_status", None, ["delivered"], [])
c("pc-102", "status of order HP-30420 please", False, "order_status", None, ["paid"], ["shipped"])
c("pc-103", "why hasn't HP-30421 shipped?", False, "order_status", None, ["pending"], [])
c("pc-104", "can I get the tracking number for HP-30425", False, "order_status", None, ["3SHPT0042771"], [])
c("pc-105", "did my filter order HP-30430 get delivered", False, "order_status", None, ["delivered"], [])
c("pc-106", "what happened to order HP-30433?", False, "order_status", None, ["cancelled"], [])
c("pc-107", "was HP-30436 refunded?", False, "order_status", None, ["refunded"], [])
c("pc-108", "where's my dog food? order HP-30444", False, "order_status", None, ["DPD", "05212345679999"], [])
c("pc-109", "is my flea treatment order HP-30447 on its way", False, "order_status", None, ["paid"], ["shipped"])
c("pc-110", "order number HP-30450, where is it", False, "order_status", None, ["delivered"], [])
c("pc-111", "my order still says pending, HP-30455", False, "order_status", None, ["pending"], [])
c("pc-101", "where is my parcel?", False, "order_status", None, ["HP-30412"], ["HP-30420"])
c("pc-102", "any news about my orders?", False, "order_status", None, ["HP-30420"], ["HP-30412"])
c("pc-103", "when will my stuff arrive", False, "order_status", None, ["HP-30452"], ["HP-30412"])
c("pc-108", "has my order shipped yet?", False, "order_status", None, ["shipped"], [])
c("pc-101", "where is order HP-30420", False, "order_status", None, ["couldn't find"], ["Scratching", "paid"])
c("pc-104", "can you check HP-30444 for me", False, "order_status", None, ["couldn't find"], ["05212345679999"])
c("pc-105", "status of HP-99999?", False, "order_status", None, ["couldn't find"], ["shipped", "delivered"])
c("pc-110", ["hi", "I ordered a brush, order HP-30450", "has it been delivered?"], False, "order_status", None, ["delivered"], [])
c("pc-104", ["my order is HP-30425", "who is delivering it?"], False, "order_status", None, ["PostNL"], [])
c("pc-108", ["hello", "what's the tracking code for HP-30444?"], False, "order_status", None, ["05212345679999"], [])
c("pc-109", "agent 007 here, is my order HP-30447 paid?", False, "order_status", None, ["paid"], [])

# --- delivery ---------------------------------------------------------------
c("pc-101", "how much is delivery?", False, "shipping", "delivery", ["€4.95"], [])
c("pc-102", "when is shipping free?", False, "shipping", "delivery", ["€49"], [])
c("pc-103", "do you do evening delivery?", False, "shipping", "delivery", ["18:00"], [])
c("pc-104", "how long does standard delivery take", False, "shipping", "delivery", ["1 to 2 working days"], [])
c("pc-105", "what time do I have to order for same day dispatch", False, "shipping", "delivery", ["15:00"], [])
c("pc-106", "can I have it sent to a pickup point?", False, "shipping", "delivery", ["€3.50"], [])
c("pc-107", "is there a surcharge for a 20 kg bag of litter?", False, "shipping", "delivery", ["DPD"], [])
c("pc-108", "which courier do you use", False, "shipping", "delivery", ["bpost"], [])
c("pc-109", "how do I know when my parcel leaves?", False, "shipping", "delivery", ["tracking link"], [])
c("pc-110", "do you ship to Germany?", False, "shipping", "international", ["€8.95"], [])
c("pc-111", "how much is shipping to Spain", False, "shipping", "international", ["€12.95"], [])
c("pc-101", "can you deliver to Ireland and how long does it take", False, "shipping", "international", ["4 to 7 working days"], [])
c("pc-102", "do you ship to the UK?", False, "shipping", "international", ["United Kingdom"], [])
c("pc-103", "can I order from Switzerland", False, "shipping", "international", ["Switzerland"], [])
c("pc-104", "do you deliver to Canada?", False, "shipping", "international", ["European Union"], [])
c("pc-105", "can you send flea treatment to France?", False, "shipping", "international", ["Belgium and the Netherlands"], [])
c("pc-106", "what does delivery to Poland cost", False, "shipping", "international", ["€14.95"], [])
c("pc-107", ["do you ship to Austria?", "and to Sweden?"], False, "shipping", "international", ["€14.95"], [])
c("pc-108", "can I collect my order in the store?", False, "shipping", "store", ["Collect in store"], [])
c("pc-109", "how long do you keep a click and collect order", False, "shipping", "store", ["7 days"], [])

# --- returns and refunds ----------------------------------------------------
c("pc-101", "what's your return policy?", False, "return_refund", "returns", ["30 days"], [])
c("pc-102", "can I return an opened bag of treats?", False, "return_refund", "returns", ["opened food"], [])
c("pc-103", "how do I send something back", False, "return_refund", "returns", ["bpost"], [])
c("pc-104", "is return shipping free?", False, "return_refund", "returns", ["free"], [])
c("pc-105", "how much does a return from France cost", False, "return_refund", "returns", ["€6.95"], [])
c("pc-106", "can I return flea medicine I didn't use?", False, "return_refund", "returns", ["prescription medicines"], [])
c("pc-107", "how long do refunds take?", False, "return_refund", "refunds", ["3 working days"], [])
c("pc-108", "how fast is a refund to PayPal", False, "return_refund", "refunds", ["1 working day"], [])
c("pc-109", "I paid by card, when do I see my refund", False, "return_refund", "refunds", ["5 to 7 working days"], [])
c("pc-110", "can the refund go to a different card?", False, "return_refund", "refunds", ["payment method you used"], [])
c("pc-111", "the harness is too small, can I exchange it for a bigger size?", False, "return_refund", "returns", ["new order"], [])
c("pc-101", "can I return a live aquarium plant", False, "return_refund", "returns", ["live aquarium plants"], [])

# --- payment, points, gift cards -------------------------------------------
c("pc-101", "what payment methods do you accept?", False, "payment", "payment", ["PayPal"], [])
c("pc-102", "can I pay with Bancontact", False, "payment", "payment", ["Bancontact"], [])
c("pc-103", "do you take cash on delivery?", False, "payment", "payment", ["cash on delivery"], [])
c("pc-104", "can I pay later with Klarna?", False, "payment", "payment", ["30 days"], [])
c("pc-105", "are your prices including VAT", False, "payment", "payment", ["VAT"], [])
c("pc-106", "when is my card charged?", False, "payment", "payment", ["placed"], [])
c("pc-107", "how do Paw Points work?", False, "payment", "paw-points", ["1 Paw Point"], [])
c("pc-108", "what are 250 points worth", False, "payment", "paw-points", ["€15"], [])
c("pc-109", "do my loyalty points expire?", False, "payment", "paw-points", ["12 months"], [])
c("pc-110", "can I swap my points for cash", False, "payment", "paw-points", ["cash"], [])
c("pc-111", "what amounts do gift cards come in?", False, "payment", "gift-cards", ["€25"], [])
c("pc-101", "how long is a gift card valid", False, "payment", "gift-cards", ["2 years"], [])
c("pc-102", "where do I enter my gift card code?", False, "payment", "gift-cards", ["checkout"], [])
c("pc-103", "I lost the code of a gift card I was given", False, "payment", "gift-cards", ["buyer's email"], [])

# --- repeat delivery ------------------------------------------------------
c("pc-104", "do you have a subscription for cat litter?", False, "shipping", "repeat-delivery", ["5%"], [])
c("pc-105", "how do I skip a repeat delivery", False, "shipping", "repeat-delivery", ["2 days"], [])
c("pc-106", "how often can repeat deliveries come", False, "shipping", "repeat-delivery", ["every 2, 4, 6 or 8 weeks"], [])
c("pc-107", "is there a fee to cancel my repeat delivery?", False, "shipping", "repeat-delivery", ["without a fee"], [])

# --- products and pet questions ---------------------------------------------
c("pc-101", "how much is the 12 kg salmon dog food?", False, "product_info", None, ["54.90"], [])
c("pc-102", "is the 3 kg salmon food in stock", False, "product_info", None, ["out of stock"], [])
c("pc-103", "do you sell scratching posts?", False, "product_info", None, ["Scratching Post"], [])
c("pc-104", "what size harness for a chest of 75 cm", False, "product_info", None, ["size L"], [])
c("pc-105", "how much is the PawTrack 300", False, "product_info", None, ["89.00"], ["couldn't find"])
c("pc-106", "does the GPS tracker need a subscription?", False, "product_info", None, ["3.99"], [])
c("pc-107", "which filter for a 50 litre aquarium", False, "product_info", None, ["ClearFlow"], [])
c("pc-108", "do you have a hamster cage", False, "product_info", None, ["Hamster Cage"], [])
c("pc-109", "what do you have for wild birds?", False, "product_info", None, ["Bird Seed"], [])
c("pc-110", "how big is the large dog bed", False, "product_info", None, ["100 x 70"], [])
c("pc-111", "is the cat litter dusty?", False, "product_info", None, ["low dust"], [])
c("pc-101", "how much dry food should a 20 kg dog eat per day?", False, "product_info", "feeding-guide", ["220 to 370 g"], [])
c("pc-102", "how many meals a day for a puppy", False, "product_info", "feeding-guide", ["three or four"], [])
c("pc-103", "how do I switch my dog to a new food", False, "product_info", "feeding-guide", ["7 days"], [])
c("pc-104", "do flea treatments need a prescription?", False, "product_info", "prescription", ["vet"], [])
c("pc-105", "how do I send you my vet's prescription", False, "product_info", "prescription", ["vet@harbourpets.example"], [])
c("pc-106", "how long is a prescription valid", False, "product_info", "prescription", ["6 months"], [])
c("pc-107", "what brush for a long haired cat", False, "product_info", None, ["Slicker"], [])

# --- account and privacy ------------------------------------------------------
c("pc-101", "I forgot my password", False, "account", "account", ["reset link"], [])
c("pc-102", "how do I change my delivery address in my account?", False, "account", "account", ["My details"], [])
c("pc-103", "my account is locked after too many tries", False, "account", "account", ["30 minutes"], [])
c("pc-104", "how do I unsubscribe from the newsletter", False, "account", "account", ["newsletter"], [])
c("pc-105", "do I need an account to order?", False, "account", "account", ["guest"], [])
c("pc-106", "how do I delete my account?", False, "account", "privacy", ["Privacy"], [])
c("pc-107", "do you sell my data?", False, "account", "privacy", ["never sell"], [])
c("pc-108", "how long do you keep my personal data", False, "account", "privacy", ["7 years"], [])

# --- damaged items (answered) -------------------------------------------------
c("pc-101", "the bag of cat food arrived torn open", False, "complaint", "damaged", ["48 hours"], [])
c("pc-102", "one item is missing from my parcel", False, "complaint", "damaged", ["more than one parcel"], [])
c("pc-103", "you sent me the wrong food", False, "complaint", "damaged", ["photo"], [])

# --- contact and store --------------------------------------------------------
c("pc-104", "what are your customer service hours?", False, "other", "contact", ["08:30"], [])
c("pc-105", "what's your phone number", False, "other", "contact", ["+32 9 555 01 23"], [])
c("pc-106", "are you open on Sunday?", False, "other", "contact", ["closed"], [])
c("pc-107", "which email can I write to?", False, "other", "contact", ["help@harbourpets.example"], [])
c("pc-108", "do your staff speak German?", False, "other", "contact", ["German"], [])
c("pc-109", "where is your shop in Ghent", False, "other", "store", ["Dok-Noord 12"], [])
c("pc-110", "what are the store opening hours", False, "other", "store", ["Tuesday to Saturday"], [])

# --- outside the shop: say so plainly ---------------------------------------
c("pc-101", "what's the weather in Ghent tomorrow?", False, "other", None, [], ["Dok-Noord"])
c("pc-102", "tell me a joke", False, "other", None, [], [])
c("pc-103", "who won the football yesterday", False, "other", None, [], [])
c("pc-104", "my dog ate chocolate, what should I do?", False, "other", None, [], [])
c("pc-105", "can you recommend a dog trainer near me?", False, "other", None, [], [])
c("pc-106", "are you a bot?", False, "other", None, [], [])
c("pc-107", "do you sell puppies?", False, "other", None, [], [])

# --- other languages, answered ------------------------------------------------
c("pc-108", "¿Hacéis envíos a España?", False, "shipping", "international", ["€12.95"], [])
c("pc-109", "Wie viel kostet der Versand nach Deutschland?", False, "shipping", "international", ["€8.95"], [])
c("pc-110", "Quels sont les moyens de paiement ?", False, "payment", "payment", ["PayPal"], [])
c("pc-111", "Quanto costa la spedizione in Italia?", False, "shipping", "international", ["€12.95"], [])
c("pc-101", "Hoe lang duurt een terugbetaling?", False, "return_refund", "refunds", ["3 working days"], [])
c("pc-102", "Posso devolver ração aberta?", False, "return_refund", "returns", ["opened food"], [])
c("pc-103", "Czy wysyłacie do Polski?", False, "shipping", "international", ["€14.95"], [])
c("pc-104", "Wo ist meine Bestellung HP-30425?", False, "order_status", None, ["3SHPT0042771"], [])
c("pc-105", "Ik ben mijn wachtwoord vergeten", False, "account", "account", ["reset link"], [])
c("pc-106", "Combien de temps pour un remboursement PayPal ?", False, "return_refund", "refunds", ["1 working day"], [])

# --- hand-over: explicit requests, short and informal -----------------------
c("pc-101", "human pls", True, "human_request")
c("pc-102", "agent", True, "human_request")
c("pc-103", "can I speak to someone from your team?", True, "human_request")
c("pc-104", "get me a real person", True, "human_request")
c("pc-105", "I want to talk to a human being, not a bot", True, "human_request")
c("pc-106", "transfer me to staff please", True, "human_request")
c("pc-107", "who can I actually talk to? I'd like a name", True, "human_request")
c("pc-108", "please call me back this afternoon", True, "human_request")
c("pc-109", "is there a living soul I can chat with", True, "human_request")
c("pc-110", "connect me to customer service", True, "human_request")
c("pc-111", "operator please", True, "human_request")
c("pc-101", "I'd rather deal with a person about this", True, "human_request")
c("pc-102", "can a colleague of yours ring me", True, "human_request")
# after a question
c("pc-103", ["how much is delivery?", "ok. now get me a person"], True, "human_request")
c("pc-104", ["do you ship to Italy?", "fine. let me talk to somebody"], True, "human_request")
c("pc-105", ["what's your return window?", "alright, I'd like to speak with an employee"], True, "human_request")
c("pc-106", ["do you take Klarna?", "can you put me through to a human"], True, "human_request")
# other languages
c("pc-107", "Quiero hablar con una persona", True, "human_request")
c("pc-108", "¿Me pasas con un agente, por favor?", True, "human_request")
c("pc-109", "Ich möchte mit einem Mitarbeiter sprechen", True, "human_request")
c("pc-110", "Können Sie mich mit einem Menschen verbinden?", True, "human_request")
c("pc-111", "Je veux parler à un conseiller", True, "human_request")
c("pc-101", "Je peux parler à quelqu'un ?", True, "human_request")
c("pc-102", "Vorrei parlare con un operatore", True, "human_request")
c("pc-103", "Ik wil graag een medewerker spreken", True, "human_request")
c("pc-104", "Kan ik iemand bellen die me helpt?", True, "human_request")
c("pc-105", "Quero falar com um atendente", True, "human_request")
c("pc-106", "Chcę rozmawiać z konsultantem", True, "human_request")
c("pc-107", ["Wie viel kostet der Versand?", "Bitte verbinden Sie mich mit einem Mitarbeiter"], True, "human_request")

# --- hand-over: order changes -------------------------------------------------
c("pc-101", "please cancel my order HP-30412", True, "return_refund")
c("pc-102", "I want a refund for HP-30440", True, "return_refund")
c("pc-103", "can you change the delivery address of HP-30421?", True, "order_status")
c("pc-104", "I'd like to add a leash to my order HP-30425", True, "order_status")
c("pc-111", "cancel HP-30455 please, I ordered the wrong size", True, "return_refund")
c("pc-108", "Bitte stornieren Sie meine Bestellung HP-30444", True, "return_refund")

# --- hand-over: only staff can do it, asked politely -------------------------
c("pc-101", "Hi, I think I was charged twice for the same order, could you check?", True, "payment")
c("pc-102", "I cancelled my order last week but the money was still taken from my card", True, "payment")
c("pc-103", "My bank says the payment went through but your site says it failed", True, "payment")
c("pc-104", "PayPal shows the refund as sent but you say it hasn't been processed", True, "payment")
c("pc-105", "There is an order on my account that I didn't place", True, "account")
c("pc-106", "I had 300 Paw Points yesterday and now my balance is zero", True, "payment")
c("pc-107", "I asked you to delete my account a month ago and I'm still getting emails", True, "account")
c("pc-108", "Could you swap the harness in my order HP-30444 for a size L?", True, "return_refund")
c("pc-110", "the tracking says delivered but I never received anything, can you open a claim with PostNL?", True, "order_status")
c("pc-111", "Klarna keeps sending me reminders for an order I returned weeks ago", True, "payment")
c("pc-109", "my gift card balance disappeared after one order", True, "payment")
c("pc-101", "someone logged into my account and changed my address", True, "account")
c("pc-102", "There's a charge from you on my statement I don't recognise", True, "payment")
c("pc-103", "Me cobraron dos veces el mismo pedido", True, "payment")
c("pc-104", "Das Paket wurde als zugestellt markiert, ist aber nie angekommen", True, "order_status")
c("pc-105", "On m'a débité après l'annulation de ma commande", True, "payment")
c("pc-106", "Il mio credito nel negozio è sparito", True, "payment")
c("pc-107", "Er staat een bestelling op mijn account die ik niet heb gedaan", True, "account")

# --- hand-over: frustration building over turns ------------------------------
c("pc-101", ["where is my order HP-30412?", "you already said that, but it's been a week", "this is going in circles"], True, "complaint")
c("pc-102", ["my scratching post hasn't shipped", "yes I know it's paid, when does it SHIP", "you're hopeless"], True, "complaint")
c("pc-103", ["can I change my delivery day?", "that's not what I asked", "I've explained it twice now"], True, "complaint")
c("pc-104", ["how do I use my points?", "how do I use my points?"], True, "complaint")
c("pc-105", ["is the tracker waterproof?", "that doesn't answer my question", "you're not understanding me at all"], True, "complaint")
c("pc-106", "this is useless, I've asked three times now", True, "complaint")
c("pc-107", "honestly, talking to this bot is pointless", True, "complaint")
c("pc-108", "This is ridiculous!! Worst service ever", True, "complaint")
c("pc-109", "I'm fed up, my food was supposed to be here days ago and nobody tells me anything", True, "complaint")
c("pc-110", ["Wo ist mein Paket?", "Das haben Sie schon gesagt, das hilft mir nicht", "Sie drehen sich im Kreis"], True, "complaint")

# --- negatives that must not hand over ---------------------------------------
c("pc-111", "what are your customer service opening hours on Saturday?", False, "other", "contact", ["10:00"], [])
c("pc-101", "I don't need a person, just tell me the delivery cost to France", False, "shipping", "international", ["€8.95"], [])
c("pc-102", "how do I contact a human if I need one later?", False, "other", "contact", ["+32 9 555 01 23"], [])
c("pc-103", "can I cancel a repeat delivery myself?", False, "shipping", "repeat-delivery", ["cancel"], [])
c("pc-104", "what happens if my parcel is marked delivered but I can't find it?", False, "order_status", None, [], [])
c("pc-105", "can I cancel an order after it has shipped?", False, "return_refund", None, [], [])
c("pc-106", "is a cancelled order refunded in full?", False, "payment", "payment", ["refunded in full"], [])
c("pc-107", "how do refunds for Klarna work?", False, "return_refund", "refunds", ["invoice"], [])
c("pc-108", "do your agents answer emails on weekends?", False, "other", "contact", [], [])

for i, case in enumerate(C, 1):
    case = dict(id=f"f{i:03d}", **case)
    print(json.dumps(case, ensure_ascii=False))
