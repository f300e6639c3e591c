// The spec's worked example (docs/format.md, "A worked example"), shared by the tests that use it.
export const WORKED_EXAMPLE = `strategy: Example Co strategy
organization: Example Co
sponsor: cio
review: { cadence: annual, last: 2026-01-15 }
conversations:
  social-media:
    owner: cmo
    participants: [pr-lead, sales-lead, cio]
    applications:
      - id: brand-blog
        name: Brand blog
        owner: comms-team
        platform: blogspot
        audience: external
  social-support:
    participants: [support-lead, cio]
  social-liability:
    owner: general-counsel
    participants: [cso, chief-regulatory-officer, cio]
    liabilities:
      - id: blog-claims
        title: Product claims on the blog
        category: legal
        owner: general-counsel
        covers: [brand-blog]
`;
