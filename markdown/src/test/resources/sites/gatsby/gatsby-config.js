module.exports = {
  siteMetadata: {
    title: `Bayside React`,
    siteUrl: `https://bayside-react.example.org`,
  },
  plugins: [
    {
      resolve: `gatsby-source-filesystem`,
      options: { path: `${__dirname}/content/blog`, name: `blog` },
    },
  ],
};
