export { composeFeed, composeItem, type FeedContext } from './compose';
export { renderFeed, isFeedFormat, FEED_FORMATS, MEDIA_TYPES, type FeedFormat } from './render';
export type { FeedModel, FeedItem, PaperExtension } from './model';
export { DEFAULT_SOURCE, FEED_SOURCES, SOURCE_INFO, isFeedSource, sourcedDescription, sourcedTitle, sourceSearch, type SourceInfo } from './source';
export { feedIdentity, feedTagUri, itemTagUri, type FeedMembership } from './feed-identity';
export { feedUrl, type FeedView } from './feed-links';
export { arrivalPhrase, demoHostOfLists, demoSourceHost, demoTitleSuffix } from './source-label';
