/**
 * The logical id of the one resource at `path` below its stack, among a template's resources: CDK
 * joins the ids of the path (a last `Resource` dropped), then appends a hash.
 * @throws when no resource, or more than one, is there
 */
export const logicalIdAt = (resources: Record<string, unknown>, path: string): string => {
  const pattern = new RegExp(`^${path.replaceAll('/', '').replace(/Resource$/, '')}[0-9A-F]{8}$`);
  const [id, ...others] = Object.keys(resources).filter((candidate) => pattern.test(candidate));
  if (!id || others.length > 0) throw new Error(`No single resource at ${path}`);
  return id;
};
