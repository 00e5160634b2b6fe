/**
 * The runtime the three services share: Axon on Spring Boot 4 with the JDBC event store, Jackson for events, the
 * HTTP conventions of INTERFACES.md (problem+json, body limit, caller identity), security, health and the
 * embedded infrastructure of the standalone build. Everything here is an auto-configuration, so every service
 * (and the standalone build, which is all three) gets it by having this jar on its classpath.
 */
package io.talentplatform.platform;
