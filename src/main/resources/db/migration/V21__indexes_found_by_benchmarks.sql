-- Indexes the benchmark data set (bench/, issue 11) showed missing.

-- Posting a reply notifies the thread's and the category's followers (ForumSubscription.ofThread / ofCategory):
-- the unique indexes lead with user_id, so finding the followers of one thread scanned every subscription.
CREATE INDEX forum_subscription_thread_followers ON forum_subscription (thread_id) WHERE thread_id IS NOT NULL;
CREATE INDEX forum_subscription_category_followers ON forum_subscription (category_id) WHERE category_id IS NOT NULL;

-- Every forum page asks which closed categories the visitor is an approved member of (ForumService.viewer): the
-- unique index leads with category_id, so that scanned every membership.
CREATE INDEX forum_membership_user ON forum_membership (user_id);
