# Cases for the unseen tea-shop KB (unseen-kb/). Written from the KB alone,
# without running the assistant on them first; see docs/assistant.md.
import json, sys
C = []
def c(cust, msgs, esc, intent, art=None, mm=(), mnm=()):
    if isinstance(msgs, str): msgs = [msgs]
    C.append(dict(customerId=cust, messages=msgs, expect=dict(escalate=esc, intent=intent, article=art, mustMention=list(mm), mustNotMention=list(mnm))))

c("cust-100", "hello!", False, "greeting")
c("cust-200", ["do you take PayPal?", "great, thanks"], False, "thanks")
c("cust-300", "bye for now", False, "goodbye")
# orders
c("cust-100", "where's my order LK-20418?", False, "order_status", None, ["shipped", "RM482913557GB"], ["delivered"])
c("cust-100", "has LK-20419 been delivered", False, "order_status", None, ["delivered"], [])
c("cust-200", "status of my teapot order LK-20431", False, "order_status", None, ["paid"], ["shipped"])
c("cust-300", "I'd like the tracking number for LK-20440 please", False, "order_status", None, ["15501234567890", "DPD"], [])
c("cust-400", "what's happening with order LK-20450?", False, "order_status", None, ["pending"], [])
c("cust-500", "where is my parcel", False, "order_status", None, ["LK-20460"], ["LK-20418"])
c("cust-400", "any news on my orders?", False, "order_status", None, ["LK-20450"], ["LK-20460"])
c("cust-100", "where is order LK-20431", False, "order_status", None, ["couldn't find"], ["Cast Iron", "paid"])
c("cust-500", "can you check LK-20440 for me", False, "order_status", None, ["couldn't find"], ["DPD", "15501234567890"])
c("cust-200", "is order LK-99999 on its way", False, "order_status", None, ["couldn't find"], ["shipped"])
c("cust-300", ["hi", "I placed order LK-20441", "what's its status?"], False, "order_status", None, ["refunded"], [])
# shipping
c("cust-100", "how much does delivery cost?", False, "shipping", "delivery", ["£3.50"], [])
c("cust-200", "how fast is first class delivery", False, "shipping", "delivery", ["1 to 2 working days"], [])
c("cust-300", "do you ship to Japan?", False, "shipping", "overseas-delivery", ["Japan"], [])
c("cust-400", "who pays customs for a parcel to Canada?", False, "shipping", "overseas-delivery", ["recipient"], [])
c("cust-500", "what time do I need to order by for same day dispatch?", False, "shipping", "delivery", ["1pm"], [])
# returns
c("cust-100", "what's your returns policy?", False, "return_refund", "returns-and-refunds", ["14 days"], [])
c("cust-200", "can I send back a tea I opened and didn't like?", False, "return_refund", "returns-and-refunds", ["opened"], [])
c("cust-300", "how quickly are refunds paid?", False, "return_refund", "returns-and-refunds", ["3 working days"], [])
c("cust-100", "I want a refund for order LK-20419", True, "return_refund")
c("cust-200", "please cancel LK-20431", True, "return_refund")
c("cust-400", "can you change the address on my order LK-20450?", True, "order_status")
# products
c("cust-100", "how much is the ceremonial matcha?", False, "product_info", None, ["19.00"], [])
c("cust-200", "is the bamboo whisk in stock?", False, "product_info", None, ["out of stock"], [])
c("cust-300", "do you sell a glass teapot?", False, "product_info", None, ["Glass Teapot"], [])
c("cust-400", "which teas are caffeine free?", False, "product_info", "caffeine-and-health", ["caffeine free"], [])
c("cust-500", "how long should I brew green tea?", False, "product_info", "brewing-guide", ["2 minutes"], [])
c("cust-100", "how do I store loose tea?", False, "product_info", "storing-tea", ["airtight"], [])
c("cust-200", "do you have samples?", False, "product_info", "samples", ["£2.50"], [])
# payment
c("cust-300", "which cards do you accept?", False, "payment", "paying", ["Visa"], [])
c("cust-400", "can I pay cash on delivery?", False, "payment", "paying", ["cash on delivery"], [])
c("cust-500", "how do I use a gift voucher", False, "payment", "paying", ["checkout"], [])
# account
c("cust-100", "I forgot my password", False, "account", "account-help", ["Reset password"], [])
c("cust-200", "do I have to register to buy tea?", False, "account", "account-help", ["guest"], [])
c("cust-300", "somebody hacked my account and changed my address", True, "account")
c("cust-400", "I reset my password but it still won't let me sign in", True, "account")
# complaints
c("cust-500", "my teapot arrived broken", False, "complaint", "problems-with-delivery", ["picture"], [])
c("cust-100", "this is a disgrace, my tea has been lost for two weeks and nobody replies!!", True, "complaint")
# person requests and hard negatives
c("cust-200", "can I speak to someone please", True, "human_request")
c("cust-300", "put me through to a real person", True, "human_request")
c("cust-400", "I'd like a human to help me with a wholesale question", True, "human_request")
c("cust-500", "what's your phone number?", False, "other", "get-in-touch", ["0113 496 0000"], [])
c("cust-100", "what are the opening hours of your shop in Leeds?", False, "other", "get-in-touch", ["Thursday to Saturday"], [])
c("cust-200", "does your team reply to emails at weekends?", False, "other", "get-in-touch", [], [])
c("cust-300", "how do I cancel my tea club subscription?", False, "return_refund", "tea-club", ["cancel"], [])
c("cust-400", "what's your refund policy on opened tea?", False, "return_refund", "returns-and-refunds", ["opened"], [])
c("cust-500", "do you supply cafés? I'm a café owner", False, "other", "wholesale", ["trade"], [])
c("cust-100", "can you gift wrap my order?", False, "other", "gift-wrapping", ["£3"], [])
c("cust-200", ["asdf", "jkl;", "qwertz"], True, "other")

with open(sys.argv[1], "w") as f:
    for i, case in enumerate(C, 1):
        f.write(json.dumps({"id": f"u{i:03d}", **case}, ensure_ascii=False) + "\n")
print(len(C), "cases")
