/** A keypoints fixture made from real footage (see test/fixtures/keypoints/README.md); throws naming a missing one. */
export { loadFixture } from '../../support/requirements';
