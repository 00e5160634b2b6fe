/**
 * What an operator follows a request by: the trace context carried from the HTTP request into the events' metadata,
 * the processors' handling and the Kafka records, and a request id in every log line (docs/operations.md).
 */
package io.talentplatform.platform.observability;
