import CustomerReview
print("hi")
